/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Easy_GermanInputs */

const de_place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In Leichter Sprache`)
};

const en_place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In easy German`)
};

const tr_place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolay Almanca`)
};

const ar_place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بالألمانية المبسّطة`)
};

const ru_place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На простом немецком`)
};

const uk_place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Простою німецькою`)
};

/**
* | output |
* | --- |
* | "In easy German" |
*
* @param {Place_Easy_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_easy_german = /** @type {((inputs?: Place_Easy_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Easy_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_easy_german(inputs)
	if (locale === "tr") return tr_place_easy_german(inputs)
	if (locale === "ar") return ar_place_easy_german(inputs)
	if (locale === "ru") return ru_place_easy_german(inputs)
	if (locale === "uk") return uk_place_easy_german(inputs)
	return de_place_easy_german(inputs)
});