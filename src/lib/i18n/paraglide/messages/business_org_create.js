/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_CreateInputs */

const de_business_org_create = /** @type {(inputs: Business_Org_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betrieb anlegen`)
};

const en_business_org_create = /** @type {(inputs: Business_Org_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add business`)
};

const tr_business_org_create = /** @type {(inputs: Business_Org_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletme ekle`)
};

const ar_business_org_create = /** @type {(inputs: Business_Org_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إضافة منشأة`)
};

const ru_business_org_create = /** @type {(inputs: Business_Org_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Добавить предприятие`)
};

const uk_business_org_create = /** @type {(inputs: Business_Org_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Додати підприємство`)
};

/**
* | output |
* | --- |
* | "Add business" |
*
* @param {Business_Org_CreateInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_create = /** @type {((inputs?: Business_Org_CreateInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_CreateInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_create(inputs)
	if (locale === "tr") return tr_business_org_create(inputs)
	if (locale === "ar") return ar_business_org_create(inputs)
	if (locale === "ru") return ru_business_org_create(inputs)
	if (locale === "uk") return uk_business_org_create(inputs)
	return de_business_org_create(inputs)
});