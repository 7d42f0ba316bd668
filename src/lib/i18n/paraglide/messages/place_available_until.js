/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Available_UntilInputs */

const de_place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frei bis`)
};

const en_place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free until`)
};

const tr_place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boş kalacağı tarih`)
};

const ar_place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متاح حتى`)
};

const ru_place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Свободно до`)
};

const uk_place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вільно до`)
};

/**
* | output |
* | --- |
* | "Free until" |
*
* @param {Place_Available_UntilInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_available_until = /** @type {((inputs?: Place_Available_UntilInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Available_UntilInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_available_until(inputs)
	if (locale === "tr") return tr_place_available_until(inputs)
	if (locale === "ar") return ar_place_available_until(inputs)
	if (locale === "ru") return ru_place_available_until(inputs)
	if (locale === "uk") return uk_place_available_until(inputs)
	return de_place_available_until(inputs)
});