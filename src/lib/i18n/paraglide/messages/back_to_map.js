/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Back_To_MapInputs */

const de_back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Karte`)
};

const en_back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the map`)
};

const tr_back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haritaya dön`)
};

const ar_back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العودة إلى الخريطة`)
};

const ru_back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`К карте`)
};

const uk_back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`До карти`)
};

/**
* | output |
* | --- |
* | "Back to the map" |
*
* @param {Back_To_MapInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const back_to_map = /** @type {((inputs?: Back_To_MapInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Back_To_MapInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_back_to_map(inputs)
	if (locale === "tr") return tr_back_to_map(inputs)
	if (locale === "ar") return ar_back_to_map(inputs)
	if (locale === "ru") return ru_back_to_map(inputs)
	if (locale === "uk") return uk_back_to_map(inputs)
	return de_back_to_map(inputs)
});