/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Zoom_InInputs */

const de_map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vergrößern`)
};

const en_map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoom in`)
};

const tr_map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yakınlaştır`)
};

const ar_map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تكبير`)
};

const ru_map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Приблизить`)
};

const uk_map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Збільшити`)
};

/**
* | output |
* | --- |
* | "Zoom in" |
*
* @param {Map_Zoom_InInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_zoom_in = /** @type {((inputs?: Map_Zoom_InInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Zoom_InInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_zoom_in(inputs)
	if (locale === "tr") return tr_map_zoom_in(inputs)
	if (locale === "ar") return ar_map_zoom_in(inputs)
	if (locale === "ru") return ru_map_zoom_in(inputs)
	if (locale === "uk") return uk_map_zoom_in(inputs)
	return de_map_zoom_in(inputs)
});