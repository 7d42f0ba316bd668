/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_EndInputs */

const de_form_end = /** @type {(inputs: Form_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ende`)
};

const en_form_end = /** @type {(inputs: Form_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`End`)
};

const tr_form_end = /** @type {(inputs: Form_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitiş`)
};

const ar_form_end = /** @type {(inputs: Form_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النهاية`)
};

const ru_form_end = /** @type {(inputs: Form_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Конец`)
};

const uk_form_end = /** @type {(inputs: Form_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кінець`)
};

/**
* | output |
* | --- |
* | "End" |
*
* @param {Form_EndInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_end = /** @type {((inputs?: Form_EndInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_EndInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_end(inputs)
	if (locale === "tr") return tr_form_end(inputs)
	if (locale === "ar") return ar_form_end(inputs)
	if (locale === "ru") return ru_form_end(inputs)
	if (locale === "uk") return uk_form_end(inputs)
	return de_form_end(inputs)
});