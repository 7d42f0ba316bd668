/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_AreaInputs */

const de_place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fläche`)
};

const en_place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Area`)
};

const tr_place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alan`)
};

const ar_place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المساحة`)
};

const ru_place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Площадь`)
};

const uk_place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Площа`)
};

/**
* | output |
* | --- |
* | "Area" |
*
* @param {Place_AreaInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_area = /** @type {((inputs?: Place_AreaInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_AreaInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_area(inputs)
	if (locale === "tr") return tr_place_area(inputs)
	if (locale === "ar") return ar_place_area(inputs)
	if (locale === "ru") return ru_place_area(inputs)
	if (locale === "uk") return uk_place_area(inputs)
	return de_place_area(inputs)
});