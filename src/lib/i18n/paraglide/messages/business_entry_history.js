/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_HistoryInputs */

const de_business_entry_history = /** @type {(inputs: Business_Entry_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verlauf der Prüfung`)
};

const en_business_entry_history = /** @type {(inputs: Business_Entry_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Review history`)
};

const tr_business_entry_history = /** @type {(inputs: Business_Entry_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrol geçmişi`)
};

const ar_business_entry_history = /** @type {(inputs: Business_Entry_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`سجل المراجعة`)
};

const ru_business_entry_history = /** @type {(inputs: Business_Entry_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`История проверки`)
};

const uk_business_entry_history = /** @type {(inputs: Business_Entry_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Історія перевірки`)
};

/**
* | output |
* | --- |
* | "Review history" |
*
* @param {Business_Entry_HistoryInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_history = /** @type {((inputs?: Business_Entry_HistoryInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_HistoryInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_history(inputs)
	if (locale === "tr") return tr_business_entry_history(inputs)
	if (locale === "ar") return ar_business_entry_history(inputs)
	if (locale === "ru") return ru_business_entry_history(inputs)
	if (locale === "uk") return uk_business_entry_history(inputs)
	return de_business_entry_history(inputs)
});