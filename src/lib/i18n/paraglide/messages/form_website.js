/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_WebsiteInputs */

const de_form_website = /** @type {(inputs: Form_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Webseite`)
};

const en_form_website = /** @type {(inputs: Form_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Website`)
};

const tr_form_website = /** @type {(inputs: Form_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Web sitesi`)
};

const ar_form_website = /** @type {(inputs: Form_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الموقع الإلكتروني`)
};

const ru_form_website = /** @type {(inputs: Form_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сайт`)
};

const uk_form_website = /** @type {(inputs: Form_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сайт`)
};

/**
* | output |
* | --- |
* | "Website" |
*
* @param {Form_WebsiteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_website = /** @type {((inputs?: Form_WebsiteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_WebsiteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_website(inputs)
	if (locale === "tr") return tr_form_website(inputs)
	if (locale === "ar") return ar_form_website(inputs)
	if (locale === "ru") return ru_form_website(inputs)
	if (locale === "uk") return uk_form_website(inputs)
	return de_form_website(inputs)
});