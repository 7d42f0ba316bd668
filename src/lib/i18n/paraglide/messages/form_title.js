/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_TitleInputs */

const de_form_title = /** @type {(inputs: Form_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Titel`)
};

const en_form_title = /** @type {(inputs: Form_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Title`)
};

const tr_form_title = /** @type {(inputs: Form_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Başlık`)
};

const ar_form_title = /** @type {(inputs: Form_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العنوان`)
};

const ru_form_title = /** @type {(inputs: Form_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заголовок`)
};

const uk_form_title = /** @type {(inputs: Form_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заголовок`)
};

/**
* | output |
* | --- |
* | "Title" |
*
* @param {Form_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_title = /** @type {((inputs?: Form_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_title(inputs)
	if (locale === "tr") return tr_form_title(inputs)
	if (locale === "ar") return ar_form_title(inputs)
	if (locale === "ru") return ru_form_title(inputs)
	if (locale === "uk") return uk_form_title(inputs)
	return de_form_title(inputs)
});