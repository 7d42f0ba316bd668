/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Website_HintInputs */

const de_form_website_hint = /** @type {(inputs: Form_Website_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mit https://`)
};

const en_form_website_hint = /** @type {(inputs: Form_Website_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with https://`)
};

const tr_form_website_hint = /** @type {(inputs: Form_Website_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`https:// ile`)
};

const ar_form_website_hint = /** @type {(inputs: Form_Website_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مع https://`)
};

const ru_form_website_hint = /** @type {(inputs: Form_Website_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`с https://`)
};

const uk_form_website_hint = /** @type {(inputs: Form_Website_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`з https://`)
};

/**
* | output |
* | --- |
* | "with https://" |
*
* @param {Form_Website_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_website_hint = /** @type {((inputs?: Form_Website_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Website_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_website_hint(inputs)
	if (locale === "tr") return tr_form_website_hint(inputs)
	if (locale === "ar") return ar_form_website_hint(inputs)
	if (locale === "ru") return ru_form_website_hint(inputs)
	if (locale === "uk") return uk_form_website_hint(inputs)
	return de_form_website_hint(inputs)
});