/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Pan_WestInputs */

const de_map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Westen`)
};

const en_map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move west`)
};

const tr_map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Batıya kaydır`)
};

const ar_map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى الغرب`)
};

const ru_map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На запад`)
};

const uk_map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На захід`)
};

/**
* | output |
* | --- |
* | "Move west" |
*
* @param {Map_Pan_WestInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_pan_west = /** @type {((inputs?: Map_Pan_WestInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Pan_WestInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_pan_west(inputs)
	if (locale === "tr") return tr_map_pan_west(inputs)
	if (locale === "ar") return ar_map_pan_west(inputs)
	if (locale === "ru") return ru_map_pan_west(inputs)
	if (locale === "uk") return uk_map_pan_west(inputs)
	return de_map_pan_west(inputs)
});