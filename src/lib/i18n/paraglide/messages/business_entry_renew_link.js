/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_Renew_LinkInputs */

const de_business_entry_renew_link = /** @type {(inputs: Business_Entry_Renew_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verlängern`)
};

const en_business_entry_renew_link = /** @type {(inputs: Business_Entry_Renew_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`extend`)
};

const tr_business_entry_renew_link = /** @type {(inputs: Business_Entry_Renew_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`uzatın`)
};

const ar_business_entry_renew_link = /** @type {(inputs: Business_Entry_Renew_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مدِّده`)
};

const ru_business_entry_renew_link = /** @type {(inputs: Business_Entry_Renew_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`продлить`)
};

const uk_business_entry_renew_link = /** @type {(inputs: Business_Entry_Renew_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`продовжити`)
};

/**
* | output |
* | --- |
* | "extend" |
*
* @param {Business_Entry_Renew_LinkInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_renew_link = /** @type {((inputs?: Business_Entry_Renew_LinkInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_Renew_LinkInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_renew_link(inputs)
	if (locale === "tr") return tr_business_entry_renew_link(inputs)
	if (locale === "ar") return ar_business_entry_renew_link(inputs)
	if (locale === "ru") return ru_business_entry_renew_link(inputs)
	if (locale === "uk") return uk_business_entry_renew_link(inputs)
	return de_business_entry_renew_link(inputs)
});