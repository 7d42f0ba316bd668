/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_No_NameInputs */

const de_business_org_no_name = /** @type {(inputs: Business_Org_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Namen`)
};

const en_business_org_no_name = /** @type {(inputs: Business_Org_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No name`)
};

const tr_business_org_no_name = /** @type {(inputs: Business_Org_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İsimsiz`)
};

const ar_business_org_no_name = /** @type {(inputs: Business_Org_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بدون اسم`)
};

const ru_business_org_no_name = /** @type {(inputs: Business_Org_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без имени`)
};

const uk_business_org_no_name = /** @type {(inputs: Business_Org_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без імені`)
};

/**
* | output |
* | --- |
* | "No name" |
*
* @param {Business_Org_No_NameInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_no_name = /** @type {((inputs?: Business_Org_No_NameInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_No_NameInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_no_name(inputs)
	if (locale === "tr") return tr_business_org_no_name(inputs)
	if (locale === "ar") return ar_business_org_no_name(inputs)
	if (locale === "ru") return ru_business_org_no_name(inputs)
	if (locale === "uk") return uk_business_org_no_name(inputs)
	return de_business_org_no_name(inputs)
});