/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_WhereInputs */

const de_place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wo`)
};

const en_place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where`)
};

const tr_place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nerede`)
};

const ar_place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أين`)
};

const ru_place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где`)
};

const uk_place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Де`)
};

/**
* | output |
* | --- |
* | "Where" |
*
* @param {Place_WhereInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_where = /** @type {((inputs?: Place_WhereInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_WhereInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_where(inputs)
	if (locale === "tr") return tr_place_where(inputs)
	if (locale === "ar") return ar_place_where(inputs)
	if (locale === "ru") return ru_place_where(inputs)
	if (locale === "uk") return uk_place_where(inputs)
	return de_place_where(inputs)
});