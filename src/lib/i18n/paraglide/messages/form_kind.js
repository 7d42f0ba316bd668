/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_KindInputs */

const de_form_kind = /** @type {(inputs: Form_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Art`)
};

const en_form_kind = /** @type {(inputs: Form_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

const tr_form_kind = /** @type {(inputs: Form_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tür`)
};

const ar_form_kind = /** @type {(inputs: Form_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النوع`)
};

const ru_form_kind = /** @type {(inputs: Form_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вид`)
};

const uk_form_kind = /** @type {(inputs: Form_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вид`)
};

/**
* | output |
* | --- |
* | "Type" |
*
* @param {Form_KindInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_kind = /** @type {((inputs?: Form_KindInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_KindInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_kind(inputs)
	if (locale === "tr") return tr_form_kind(inputs)
	if (locale === "ar") return ar_form_kind(inputs)
	if (locale === "ru") return ru_form_kind(inputs)
	if (locale === "uk") return uk_form_kind(inputs)
	return de_form_kind(inputs)
});