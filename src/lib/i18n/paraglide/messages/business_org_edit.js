/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_EditInputs */

const de_business_org_edit = /** @type {(inputs: Business_Org_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betrieb bearbeiten`)
};

const en_business_org_edit = /** @type {(inputs: Business_Org_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Edit business`)
};

const tr_business_org_edit = /** @type {(inputs: Business_Org_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletmeyi düzenle`)
};

const ar_business_org_edit = /** @type {(inputs: Business_Org_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعديل المنشأة`)
};

const ru_business_org_edit = /** @type {(inputs: Business_Org_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изменить данные предприятия`)
};

const uk_business_org_edit = /** @type {(inputs: Business_Org_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Змінити дані підприємства`)
};

/**
* | output |
* | --- |
* | "Edit business" |
*
* @param {Business_Org_EditInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_edit = /** @type {((inputs?: Business_Org_EditInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_EditInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_edit(inputs)
	if (locale === "tr") return tr_business_org_edit(inputs)
	if (locale === "ar") return ar_business_org_edit(inputs)
	if (locale === "ru") return ru_business_org_edit(inputs)
	if (locale === "uk") return uk_business_org_edit(inputs)
	return de_business_org_edit(inputs)
});