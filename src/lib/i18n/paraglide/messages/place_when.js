/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_WhenInputs */

const de_place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wann`)
};

const en_place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

const tr_place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne zaman`)
};

const ar_place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متى`)
};

const ru_place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Когда`)
};

const uk_place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коли`)
};

/**
* | output |
* | --- |
* | "When" |
*
* @param {Place_WhenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_when = /** @type {((inputs?: Place_WhenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_WhenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_when(inputs)
	if (locale === "tr") return tr_place_when(inputs)
	if (locale === "ar") return ar_place_when(inputs)
	if (locale === "ru") return ru_place_when(inputs)
	if (locale === "uk") return uk_place_when(inputs)
	return de_place_when(inputs)
});