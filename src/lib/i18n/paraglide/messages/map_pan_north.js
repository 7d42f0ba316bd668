/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Pan_NorthInputs */

const de_map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Norden`)
};

const en_map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move north`)
};

const tr_map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kuzeye kaydır`)
};

const ar_map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى الشمال`)
};

const ru_map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На север`)
};

const uk_map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На північ`)
};

/**
* | output |
* | --- |
* | "Move north" |
*
* @param {Map_Pan_NorthInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_pan_north = /** @type {((inputs?: Map_Pan_NorthInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Pan_NorthInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_pan_north(inputs)
	if (locale === "tr") return tr_map_pan_north(inputs)
	if (locale === "ar") return ar_map_pan_north(inputs)
	if (locale === "ru") return ru_map_pan_north(inputs)
	if (locale === "uk") return uk_map_pan_north(inputs)
	return de_map_pan_north(inputs)
});