/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_New_TitleInputs */

const de_business_org_new_title = /** @type {(inputs: Business_Org_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betrieb anlegen`)
};

const en_business_org_new_title = /** @type {(inputs: Business_Org_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add your business`)
};

const tr_business_org_new_title = /** @type {(inputs: Business_Org_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletmenizi ekleyin`)
};

const ar_business_org_new_title = /** @type {(inputs: Business_Org_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إضافة منشأتك`)
};

const ru_business_org_new_title = /** @type {(inputs: Business_Org_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Добавить предприятие`)
};

const uk_business_org_new_title = /** @type {(inputs: Business_Org_New_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Додати підприємство`)
};

/**
* | output |
* | --- |
* | "Add your business" |
*
* @param {Business_Org_New_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_new_title = /** @type {((inputs?: Business_Org_New_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_New_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_new_title(inputs)
	if (locale === "tr") return tr_business_org_new_title(inputs)
	if (locale === "ar") return ar_business_org_new_title(inputs)
	if (locale === "ru") return ru_business_org_new_title(inputs)
	if (locale === "uk") return uk_business_org_new_title(inputs)
	return de_business_org_new_title(inputs)
});