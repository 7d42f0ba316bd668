/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_GermanInputs */

const de_place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deutsch`)
};

const en_place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`German`)
};

const tr_place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Almanca`)
};

const ar_place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الألمانية`)
};

const ru_place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Немецкий`)
};

const uk_place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Німецька`)
};

/**
* | output |
* | --- |
* | "German" |
*
* @param {Place_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_german = /** @type {((inputs?: Place_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_german(inputs)
	if (locale === "tr") return tr_place_german(inputs)
	if (locale === "ar") return ar_place_german(inputs)
	if (locale === "ru") return ru_place_german(inputs)
	if (locale === "uk") return uk_place_german(inputs)
	return de_place_german(inputs)
});