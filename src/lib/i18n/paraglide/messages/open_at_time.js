/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Open_At_TimeInputs */

const de_open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tag und Uhrzeit`)
};

const en_open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day and time`)
};

const tr_open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gün ve saat`)
};

const ar_open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اليوم والساعة`)
};

const ru_open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`День и время`)
};

const uk_open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`День і час`)
};

/**
* | output |
* | --- |
* | "Day and time" |
*
* @param {Open_At_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const open_at_time = /** @type {((inputs?: Open_At_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_At_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_open_at_time(inputs)
	if (locale === "tr") return tr_open_at_time(inputs)
	if (locale === "ar") return ar_open_at_time(inputs)
	if (locale === "ru") return ru_open_at_time(inputs)
	if (locale === "uk") return uk_open_at_time(inputs)
	return de_open_at_time(inputs)
});