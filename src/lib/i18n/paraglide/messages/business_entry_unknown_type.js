/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_Unknown_TypeInputs */

const de_business_entry_unknown_type = /** @type {(inputs: Business_Entry_Unknown_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unbekannte Art von Eintrag.`)
};

const en_business_entry_unknown_type = /** @type {(inputs: Business_Entry_Unknown_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unknown kind of entry.`)
};

const tr_business_entry_unknown_type = /** @type {(inputs: Business_Entry_Unknown_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilinmeyen kayıt türü.`)
};

const ar_business_entry_unknown_type = /** @type {(inputs: Business_Entry_Unknown_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نوع إدخال غير معروف.`)
};

const ru_business_entry_unknown_type = /** @type {(inputs: Business_Entry_Unknown_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Неизвестный вид записи.`)
};

const uk_business_entry_unknown_type = /** @type {(inputs: Business_Entry_Unknown_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Невідомий вид запису.`)
};

/**
* | output |
* | --- |
* | "Unknown kind of entry." |
*
* @param {Business_Entry_Unknown_TypeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_unknown_type = /** @type {((inputs?: Business_Entry_Unknown_TypeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_Unknown_TypeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_unknown_type(inputs)
	if (locale === "tr") return tr_business_entry_unknown_type(inputs)
	if (locale === "ar") return ar_business_entry_unknown_type(inputs)
	if (locale === "ru") return ru_business_entry_unknown_type(inputs)
	if (locale === "uk") return uk_business_entry_unknown_type(inputs)
	return de_business_entry_unknown_type(inputs)
});