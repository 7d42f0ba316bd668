/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Window_TypicalInputs */

const de_reach_window_typical = /** @type {(inputs: Reach_Window_TypicalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`typische Fahrzeit`)
};

const en_reach_window_typical = /** @type {(inputs: Reach_Window_TypicalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`typical travel time`)
};

const tr_reach_window_typical = /** @type {(inputs: Reach_Window_TypicalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tipik yolculuk süresi`)
};

const ar_reach_window_typical = /** @type {(inputs: Reach_Window_TypicalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مدة الرحلة المعتادة`)
};

const ru_reach_window_typical = /** @type {(inputs: Reach_Window_TypicalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`обычное время в пути`)
};

const uk_reach_window_typical = /** @type {(inputs: Reach_Window_TypicalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`звичайний час у дорозі`)
};

/**
* | output |
* | --- |
* | "typical travel time" |
*
* @param {Reach_Window_TypicalInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_window_typical = /** @type {((inputs?: Reach_Window_TypicalInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Window_TypicalInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_window_typical(inputs)
	if (locale === "tr") return tr_reach_window_typical(inputs)
	if (locale === "ar") return ar_reach_window_typical(inputs)
	if (locale === "ru") return ru_reach_window_typical(inputs)
	if (locale === "uk") return uk_reach_window_typical(inputs)
	return de_reach_window_typical(inputs)
});