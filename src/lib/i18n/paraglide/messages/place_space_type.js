/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Space_TypeInputs */

const de_place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Art`)
};

const en_place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

const tr_place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tür`)
};

const ar_place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النوع`)
};

const ru_place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тип`)
};

const uk_place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тип`)
};

/**
* | output |
* | --- |
* | "Type" |
*
* @param {Place_Space_TypeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_space_type = /** @type {((inputs?: Place_Space_TypeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Space_TypeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_space_type(inputs)
	if (locale === "tr") return tr_place_space_type(inputs)
	if (locale === "ar") return ar_place_space_type(inputs)
	if (locale === "ru") return ru_place_space_type(inputs)
	if (locale === "uk") return uk_place_space_type(inputs)
	return de_place_space_type(inputs)
});