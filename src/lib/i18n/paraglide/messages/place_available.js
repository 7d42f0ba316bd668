/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_AvailableInputs */

const de_place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frei ab`)
};

const en_place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free from`)
};

const tr_place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boş olduğu tarih`)
};

const ar_place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متاح من`)
};

const ru_place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Свободно с`)
};

const uk_place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вільно з`)
};

/**
* | output |
* | --- |
* | "Free from" |
*
* @param {Place_AvailableInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_available = /** @type {((inputs?: Place_AvailableInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_AvailableInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_available(inputs)
	if (locale === "tr") return tr_place_available(inputs)
	if (locale === "ar") return ar_place_available(inputs)
	if (locale === "ru") return ru_place_available(inputs)
	if (locale === "uk") return uk_place_available(inputs)
	return de_place_available(inputs)
});