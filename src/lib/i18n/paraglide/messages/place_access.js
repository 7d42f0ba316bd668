/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_AccessInputs */

const de_place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zugang`)
};

const en_place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Access`)
};

const tr_place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erişim`)
};

const ar_place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوصول`)
};

const ru_place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступ`)
};

const uk_place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступ`)
};

/**
* | output |
* | --- |
* | "Access" |
*
* @param {Place_AccessInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_access = /** @type {((inputs?: Place_AccessInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_AccessInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_access(inputs)
	if (locale === "tr") return tr_place_access(inputs)
	if (locale === "ar") return ar_place_access(inputs)
	if (locale === "ru") return ru_place_access(inputs)
	if (locale === "uk") return uk_place_access(inputs)
	return de_place_access(inputs)
});