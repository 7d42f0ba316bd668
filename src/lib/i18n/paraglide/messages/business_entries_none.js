/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entries_NoneInputs */

const de_business_entries_none = /** @type {(inputs: Business_Entries_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch keine Einträge.`)
};

const en_business_entries_none = /** @type {(inputs: Business_Entries_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No entries yet.`)
};

const tr_business_entries_none = /** @type {(inputs: Business_Entries_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Henüz kayıt yok.`)
};

const ar_business_entries_none = /** @type {(inputs: Business_Entries_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا توجد إدخالات بعد.`)
};

const ru_business_entries_none = /** @type {(inputs: Business_Entries_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Записей пока нет.`)
};

const uk_business_entries_none = /** @type {(inputs: Business_Entries_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Записів поки немає.`)
};

/**
* | output |
* | --- |
* | "No entries yet." |
*
* @param {Business_Entries_NoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entries_none = /** @type {((inputs?: Business_Entries_NoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entries_NoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entries_none(inputs)
	if (locale === "tr") return tr_business_entries_none(inputs)
	if (locale === "ar") return ar_business_entries_none(inputs)
	if (locale === "ru") return ru_business_entries_none(inputs)
	if (locale === "uk") return uk_business_entries_none(inputs)
	return de_business_entries_none(inputs)
});