/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Time_ClockInputs */

const de_reach_time_clock = /** @type {(inputs: Reach_Time_ClockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uhrzeit`)
};

const en_reach_time_clock = /** @type {(inputs: Reach_Time_ClockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time`)
};

const tr_reach_time_clock = /** @type {(inputs: Reach_Time_ClockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saat`)
};

const ar_reach_time_clock = /** @type {(inputs: Reach_Time_ClockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوقت`)
};

const ru_reach_time_clock = /** @type {(inputs: Reach_Time_ClockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Время`)
};

const uk_reach_time_clock = /** @type {(inputs: Reach_Time_ClockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Час`)
};

/**
* | output |
* | --- |
* | "Time" |
*
* @param {Reach_Time_ClockInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_time_clock = /** @type {((inputs?: Reach_Time_ClockInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Time_ClockInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_time_clock(inputs)
	if (locale === "tr") return tr_reach_time_clock(inputs)
	if (locale === "ar") return ar_reach_time_clock(inputs)
	if (locale === "ru") return ru_reach_time_clock(inputs)
	if (locale === "uk") return uk_reach_time_clock(inputs)
	return de_reach_time_clock(inputs)
});