/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wt_Part_TimeInputs */

const de_wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teilzeit`)
};

const en_wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Part-time`)
};

const tr_wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yarı zamanlı`)
};

const ar_wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دوام جزئي`)
};

const ru_wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Неполный день`)
};

const uk_wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Неповний день`)
};

/**
* | output |
* | --- |
* | "Part-time" |
*
* @param {Wt_Part_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wt_part_time = /** @type {((inputs?: Wt_Part_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wt_Part_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_wt_part_time(inputs)
	if (locale === "tr") return tr_wt_part_time(inputs)
	if (locale === "ar") return ar_wt_part_time(inputs)
	if (locale === "ru") return ru_wt_part_time(inputs)
	if (locale === "uk") return uk_wt_part_time(inputs)
	return de_wt_part_time(inputs)
});