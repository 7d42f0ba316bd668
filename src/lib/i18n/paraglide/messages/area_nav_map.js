/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Area_Nav_MapInputs */

const de_area_nav_map = /** @type {(inputs: Area_Nav_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte`)
};

const en_area_nav_map = /** @type {(inputs: Area_Nav_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map`)
};

const tr_area_nav_map = /** @type {(inputs: Area_Nav_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Harita`)
};

const ar_area_nav_map = /** @type {(inputs: Area_Nav_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الخريطة`)
};

const ru_area_nav_map = /** @type {(inputs: Area_Nav_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта`)
};

const uk_area_nav_map = /** @type {(inputs: Area_Nav_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мапа`)
};

/**
* | output |
* | --- |
* | "Map" |
*
* @param {Area_Nav_MapInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const area_nav_map = /** @type {((inputs?: Area_Nav_MapInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Nav_MapInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_area_nav_map(inputs)
	if (locale === "tr") return tr_area_nav_map(inputs)
	if (locale === "ar") return ar_area_nav_map(inputs)
	if (locale === "ru") return ru_area_nav_map(inputs)
	if (locale === "uk") return uk_area_nav_map(inputs)
	return de_area_nav_map(inputs)
});