/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wt_Full_TimeInputs */

const de_wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vollzeit`)
};

const en_wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Full-time`)
};

const tr_wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tam zamanlı`)
};

const ar_wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دوام كامل`)
};

const ru_wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Полный день`)
};

const uk_wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повний день`)
};

/**
* | output |
* | --- |
* | "Full-time" |
*
* @param {Wt_Full_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wt_full_time = /** @type {((inputs?: Wt_Full_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wt_Full_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_wt_full_time(inputs)
	if (locale === "tr") return tr_wt_full_time(inputs)
	if (locale === "ar") return ar_wt_full_time(inputs)
	if (locale === "ru") return ru_wt_full_time(inputs)
	if (locale === "uk") return uk_wt_full_time(inputs)
	return de_wt_full_time(inputs)
});