/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Map_CentreInputs */

const de_reach_map_centre = /** @type {(inputs: Reach_Map_CentreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kartenmitte`)
};

const en_reach_map_centre = /** @type {(inputs: Reach_Map_CentreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map centre`)
};

const tr_reach_map_centre = /** @type {(inputs: Reach_Map_CentreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Harita merkezi`)
};

const ar_reach_map_centre = /** @type {(inputs: Reach_Map_CentreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`وسط الخريطة`)
};

const ru_reach_map_centre = /** @type {(inputs: Reach_Map_CentreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Центр карты`)
};

const uk_reach_map_centre = /** @type {(inputs: Reach_Map_CentreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Центр карти`)
};

/**
* | output |
* | --- |
* | "Map centre" |
*
* @param {Reach_Map_CentreInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_map_centre = /** @type {((inputs?: Reach_Map_CentreInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Map_CentreInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_map_centre(inputs)
	if (locale === "tr") return tr_reach_map_centre(inputs)
	if (locale === "ar") return ar_reach_map_centre(inputs)
	if (locale === "ru") return ru_reach_map_centre(inputs)
	if (locale === "uk") return uk_reach_map_centre(inputs)
	return de_reach_map_centre(inputs)
});