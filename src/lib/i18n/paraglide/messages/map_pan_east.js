/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Pan_EastInputs */

const de_map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Osten`)
};

const en_map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move east`)
};

const tr_map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Doğuya kaydır`)
};

const ar_map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى الشرق`)
};

const ru_map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На восток`)
};

const uk_map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На схід`)
};

/**
* | output |
* | --- |
* | "Move east" |
*
* @param {Map_Pan_EastInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_pan_east = /** @type {((inputs?: Map_Pan_EastInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Pan_EastInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_pan_east(inputs)
	if (locale === "tr") return tr_map_pan_east(inputs)
	if (locale === "ar") return ar_map_pan_east(inputs)
	if (locale === "ru") return ru_map_pan_east(inputs)
	if (locale === "uk") return uk_map_pan_east(inputs)
	return de_map_pan_east(inputs)
});