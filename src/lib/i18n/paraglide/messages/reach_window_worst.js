/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Window_WorstInputs */

const de_reach_window_worst = /** @type {(inputs: Reach_Window_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ungünstigste Fahrzeit`)
};

const en_reach_window_worst = /** @type {(inputs: Reach_Window_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`worst-case travel time`)
};

const tr_reach_window_worst = /** @type {(inputs: Reach_Window_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en kötü yolculuk süresi`)
};

const ar_reach_window_worst = /** @type {(inputs: Reach_Window_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أسوأ مدة رحلة`)
};

const ru_reach_window_worst = /** @type {(inputs: Reach_Window_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`худшее время в пути`)
};

const uk_reach_window_worst = /** @type {(inputs: Reach_Window_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`найгірший час у дорозі`)
};

/**
* | output |
* | --- |
* | "worst-case travel time" |
*
* @param {Reach_Window_WorstInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_window_worst = /** @type {((inputs?: Reach_Window_WorstInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Window_WorstInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_window_worst(inputs)
	if (locale === "tr") return tr_reach_window_worst(inputs)
	if (locale === "ar") return ar_reach_window_worst(inputs)
	if (locale === "ru") return ru_reach_window_worst(inputs)
	if (locale === "uk") return uk_reach_window_worst(inputs)
	return de_reach_window_worst(inputs)
});