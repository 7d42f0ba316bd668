/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_Expires_SoonInputs */

const de_business_entry_expires_soon = /** @type {(inputs: Business_Entry_Expires_SoonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Läuft bald ab`)
};

const en_business_entry_expires_soon = /** @type {(inputs: Business_Entry_Expires_SoonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ends soon`)
};

const tr_business_entry_expires_soon = /** @type {(inputs: Business_Entry_Expires_SoonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Süresi yakında doluyor`)
};

const ar_business_entry_expires_soon = /** @type {(inputs: Business_Entry_Expires_SoonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ينتهي قريبًا`)
};

const ru_business_entry_expires_soon = /** @type {(inputs: Business_Entry_Expires_SoonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скоро истекает`)
};

const uk_business_entry_expires_soon = /** @type {(inputs: Business_Entry_Expires_SoonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Незабаром закінчується`)
};

/**
* | output |
* | --- |
* | "Ends soon" |
*
* @param {Business_Entry_Expires_SoonInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_expires_soon = /** @type {((inputs?: Business_Entry_Expires_SoonInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_Expires_SoonInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_expires_soon(inputs)
	if (locale === "tr") return tr_business_entry_expires_soon(inputs)
	if (locale === "ar") return ar_business_entry_expires_soon(inputs)
	if (locale === "ru") return ru_business_entry_expires_soon(inputs)
	if (locale === "uk") return uk_business_entry_expires_soon(inputs)
	return de_business_entry_expires_soon(inputs)
});