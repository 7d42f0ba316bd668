/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_HoursInputs */

const de_place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffnungszeiten`)
};

const en_place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening hours`)
};

const tr_place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Açılış saatleri`)
};

const ar_place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أوقات الدوام`)
};

const ru_place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Часы работы`)
};

const uk_place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Години роботи`)
};

/**
* | output |
* | --- |
* | "Opening hours" |
*
* @param {Place_HoursInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_hours = /** @type {((inputs?: Place_HoursInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_HoursInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_hours(inputs)
	if (locale === "tr") return tr_place_hours(inputs)
	if (locale === "ar") return ar_place_hours(inputs)
	if (locale === "ru") return ru_place_hours(inputs)
	if (locale === "uk") return uk_place_hours(inputs)
	return de_place_hours(inputs)
});