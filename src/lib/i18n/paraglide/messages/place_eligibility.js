/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_EligibilityInputs */

const de_place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für wen`)
};

const en_place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who it is for`)
};

const tr_place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kimler için`)
};

const ar_place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لمن`)
};

const ru_place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Для кого`)
};

const uk_place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Для кого`)
};

/**
* | output |
* | --- |
* | "Who it is for" |
*
* @param {Place_EligibilityInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_eligibility = /** @type {((inputs?: Place_EligibilityInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_EligibilityInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_eligibility(inputs)
	if (locale === "tr") return tr_place_eligibility(inputs)
	if (locale === "ar") return ar_place_eligibility(inputs)
	if (locale === "ru") return ru_place_eligibility(inputs)
	if (locale === "uk") return uk_place_eligibility(inputs)
	return de_place_eligibility(inputs)
});