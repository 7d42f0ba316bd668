/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_How_To_ApplyInputs */

const de_form_how_to_apply = /** @type {(inputs: Form_How_To_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`So bewerben Sie sich`)
};

const en_form_how_to_apply = /** @type {(inputs: Form_How_To_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How to apply`)
};

const tr_form_how_to_apply = /** @type {(inputs: Form_How_To_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nasıl başvurulur`)
};

const ar_form_how_to_apply = /** @type {(inputs: Form_How_To_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`طريقة التقديم`)
};

const ru_form_how_to_apply = /** @type {(inputs: Form_How_To_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Как откликнуться`)
};

const uk_form_how_to_apply = /** @type {(inputs: Form_How_To_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Як подати заявку`)
};

/**
* | output |
* | --- |
* | "How to apply" |
*
* @param {Form_How_To_ApplyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_how_to_apply = /** @type {((inputs?: Form_How_To_ApplyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_How_To_ApplyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_how_to_apply(inputs)
	if (locale === "tr") return tr_form_how_to_apply(inputs)
	if (locale === "ar") return ar_form_how_to_apply(inputs)
	if (locale === "ru") return ru_form_how_to_apply(inputs)
	if (locale === "uk") return uk_form_how_to_apply(inputs)
	return de_form_how_to_apply(inputs)
});