/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_StartInputs */

const de_form_start = /** @type {(inputs: Form_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beginn`)
};

const en_form_start = /** @type {(inputs: Form_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start`)
};

const tr_form_start = /** @type {(inputs: Form_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Başlangıç`)
};

const ar_form_start = /** @type {(inputs: Form_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`البداية`)
};

const ru_form_start = /** @type {(inputs: Form_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Начало`)
};

const uk_form_start = /** @type {(inputs: Form_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Початок`)
};

/**
* | output |
* | --- |
* | "Start" |
*
* @param {Form_StartInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_start = /** @type {((inputs?: Form_StartInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_StartInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_start(inputs)
	if (locale === "tr") return tr_form_start(inputs)
	if (locale === "ar") return ar_form_start(inputs)
	if (locale === "ru") return ru_form_start(inputs)
	if (locale === "uk") return uk_form_start(inputs)
	return de_form_start(inputs)
});