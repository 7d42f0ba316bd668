/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_EndsInputs */

const de_form_ends = /** @type {(inputs: Form_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Endet`)
};

const en_form_ends = /** @type {(inputs: Form_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ends`)
};

const tr_form_ends = /** @type {(inputs: Form_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitiyor`)
};

const ar_form_ends = /** @type {(inputs: Form_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ينتهي`)
};

const ru_form_ends = /** @type {(inputs: Form_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заканчивается`)
};

const uk_form_ends = /** @type {(inputs: Form_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Закінчується`)
};

/**
* | output |
* | --- |
* | "Ends" |
*
* @param {Form_EndsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_ends = /** @type {((inputs?: Form_EndsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_EndsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_ends(inputs)
	if (locale === "tr") return tr_form_ends(inputs)
	if (locale === "ar") return ar_form_ends(inputs)
	if (locale === "ru") return ru_form_ends(inputs)
	if (locale === "uk") return uk_form_ends(inputs)
	return de_form_ends(inputs)
});