/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_QuarterInputs */

const de_place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quartier`)
};

const en_place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neighbourhood`)
};

const tr_place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mahalle`)
};

const ar_place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الحي`)
};

const ru_place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Район`)
};

const uk_place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Район`)
};

/**
* | output |
* | --- |
* | "Neighbourhood" |
*
* @param {Place_QuarterInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_quarter = /** @type {((inputs?: Place_QuarterInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_QuarterInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_quarter(inputs)
	if (locale === "tr") return tr_place_quarter(inputs)
	if (locale === "ar") return ar_place_quarter(inputs)
	if (locale === "ru") return ru_place_quarter(inputs)
	if (locale === "uk") return uk_place_quarter(inputs)
	return de_place_quarter(inputs)
});