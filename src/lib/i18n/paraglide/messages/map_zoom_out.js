/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Zoom_OutInputs */

const de_map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verkleinern`)
};

const en_map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoom out`)
};

const tr_map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uzaklaştır`)
};

const ar_map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تصغير`)
};

const ru_map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отдалить`)
};

const uk_map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зменшити`)
};

/**
* | output |
* | --- |
* | "Zoom out" |
*
* @param {Map_Zoom_OutInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_zoom_out = /** @type {((inputs?: Map_Zoom_OutInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Zoom_OutInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_zoom_out(inputs)
	if (locale === "tr") return tr_map_zoom_out(inputs)
	if (locale === "ar") return ar_map_zoom_out(inputs)
	if (locale === "ru") return ru_map_zoom_out(inputs)
	if (locale === "uk") return uk_map_zoom_out(inputs)
	return de_map_zoom_out(inputs)
});