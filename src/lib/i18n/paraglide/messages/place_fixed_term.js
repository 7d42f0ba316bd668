/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Fixed_TermInputs */

const de_place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Befristet`)
};

const en_place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fixed-term`)
};

const tr_place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Süreli`)
};

const ar_place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محدد المدة`)
};

const ru_place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Срочный договор`)
};

const uk_place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Строковий договір`)
};

/**
* | output |
* | --- |
* | "Fixed-term" |
*
* @param {Place_Fixed_TermInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_fixed_term = /** @type {((inputs?: Place_Fixed_TermInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Fixed_TermInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_fixed_term(inputs)
	if (locale === "tr") return tr_place_fixed_term(inputs)
	if (locale === "ar") return ar_place_fixed_term(inputs)
	if (locale === "ru") return ru_place_fixed_term(inputs)
	if (locale === "uk") return uk_place_fixed_term(inputs)
	return de_place_fixed_term(inputs)
});