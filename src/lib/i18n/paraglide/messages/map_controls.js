/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_ControlsInputs */

const de_map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte bedienen`)
};

const en_map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map controls`)
};

const tr_map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Harita kontrolleri`)
};

const ar_map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أزرار الخريطة`)
};

const ru_map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Управление картой`)
};

const uk_map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Керування картою`)
};

/**
* | output |
* | --- |
* | "Map controls" |
*
* @param {Map_ControlsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_controls = /** @type {((inputs?: Map_ControlsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_ControlsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_controls(inputs)
	if (locale === "tr") return tr_map_controls(inputs)
	if (locale === "ar") return ar_map_controls(inputs)
	if (locale === "ru") return ru_map_controls(inputs)
	if (locale === "uk") return uk_map_controls(inputs)
	return de_map_controls(inputs)
});