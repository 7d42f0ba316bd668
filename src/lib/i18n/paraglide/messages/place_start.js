/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_StartInputs */

const de_place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beginn`)
};

const en_place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start`)
};

const tr_place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Başlangıç`)
};

const ar_place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`البداية`)
};

const ru_place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Начало`)
};

const uk_place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Початок`)
};

/**
* | output |
* | --- |
* | "Start" |
*
* @param {Place_StartInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_start = /** @type {((inputs?: Place_StartInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_StartInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_start(inputs)
	if (locale === "tr") return tr_place_start(inputs)
	if (locale === "ar") return ar_place_start(inputs)
	if (locale === "ru") return ru_place_start(inputs)
	if (locale === "uk") return uk_place_start(inputs)
	return de_place_start(inputs)
});