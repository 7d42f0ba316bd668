/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_TimeInputs */

const de_reach_time = /** @type {(inputs: Reach_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wann?`)
};

const en_reach_time = /** @type {(inputs: Reach_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When?`)
};

const tr_reach_time = /** @type {(inputs: Reach_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne zaman?`)
};

const ar_reach_time = /** @type {(inputs: Reach_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متى؟`)
};

const ru_reach_time = /** @type {(inputs: Reach_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Когда?`)
};

const uk_reach_time = /** @type {(inputs: Reach_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коли?`)
};

/**
* | output |
* | --- |
* | "When?" |
*
* @param {Reach_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_time = /** @type {((inputs?: Reach_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_time(inputs)
	if (locale === "tr") return tr_reach_time(inputs)
	if (locale === "ar") return ar_reach_time(inputs)
	if (locale === "ru") return ru_reach_time(inputs)
	if (locale === "uk") return uk_reach_time(inputs)
	return de_reach_time(inputs)
});