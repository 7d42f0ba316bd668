/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_RegionInputs */

const de_map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte`)
};

const en_map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map`)
};

const tr_map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Harita`)
};

const ar_map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الخريطة`)
};

const ru_map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта`)
};

const uk_map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта`)
};

/**
* | output |
* | --- |
* | "Map" |
*
* @param {Map_RegionInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_region = /** @type {((inputs?: Map_RegionInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_RegionInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_region(inputs)
	if (locale === "tr") return tr_map_region(inputs)
	if (locale === "ar") return ar_map_region(inputs)
	if (locale === "ru") return ru_map_region(inputs)
	if (locale === "uk") return uk_map_region(inputs)
	return de_map_region(inputs)
});