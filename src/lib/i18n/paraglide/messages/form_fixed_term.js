/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Fixed_TermInputs */

const de_form_fixed_term = /** @type {(inputs: Form_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Befristet`)
};

const en_form_fixed_term = /** @type {(inputs: Form_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fixed-term`)
};

const tr_form_fixed_term = /** @type {(inputs: Form_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Süreli`)
};

const ar_form_fixed_term = /** @type {(inputs: Form_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محدد المدة`)
};

const ru_form_fixed_term = /** @type {(inputs: Form_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Временная работа`)
};

const uk_form_fixed_term = /** @type {(inputs: Form_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тимчасова робота`)
};

/**
* | output |
* | --- |
* | "Fixed-term" |
*
* @param {Form_Fixed_TermInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_fixed_term = /** @type {((inputs?: Form_Fixed_TermInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Fixed_TermInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_fixed_term(inputs)
	if (locale === "tr") return tr_form_fixed_term(inputs)
	if (locale === "ar") return ar_form_fixed_term(inputs)
	if (locale === "ru") return ru_form_fixed_term(inputs)
	if (locale === "uk") return uk_form_fixed_term(inputs)
	return de_form_fixed_term(inputs)
});