/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Pan_SouthInputs */

const de_map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Süden`)
};

const en_map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move south`)
};

const tr_map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Güneye kaydır`)
};

const ar_map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى الجنوب`)
};

const ru_map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На юг`)
};

const uk_map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На південь`)
};

/**
* | output |
* | --- |
* | "Move south" |
*
* @param {Map_Pan_SouthInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_pan_south = /** @type {((inputs?: Map_Pan_SouthInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Pan_SouthInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_pan_south(inputs)
	if (locale === "tr") return tr_map_pan_south(inputs)
	if (locale === "ar") return ar_map_pan_south(inputs)
	if (locale === "ru") return ru_map_pan_south(inputs)
	if (locale === "uk") return uk_map_pan_south(inputs)
	return de_map_pan_south(inputs)
});