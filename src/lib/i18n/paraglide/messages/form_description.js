/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_DescriptionInputs */

const de_form_description = /** @type {(inputs: Form_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beschreibung`)
};

const en_form_description = /** @type {(inputs: Form_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Description`)
};

const tr_form_description = /** @type {(inputs: Form_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Açıklama`)
};

const ar_form_description = /** @type {(inputs: Form_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوصف`)
};

const ru_form_description = /** @type {(inputs: Form_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Описание`)
};

const uk_form_description = /** @type {(inputs: Form_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опис`)
};

/**
* | output |
* | --- |
* | "Description" |
*
* @param {Form_DescriptionInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_description = /** @type {((inputs?: Form_DescriptionInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_DescriptionInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_description(inputs)
	if (locale === "tr") return tr_form_description(inputs)
	if (locale === "ar") return ar_form_description(inputs)
	if (locale === "ru") return ru_form_description(inputs)
	if (locale === "uk") return uk_form_description(inputs)
	return de_form_description(inputs)
});