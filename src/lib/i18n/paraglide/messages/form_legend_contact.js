/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Legend_ContactInputs */

const de_form_legend_contact = /** @type {(inputs: Form_Legend_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt`)
};

const en_form_legend_contact = /** @type {(inputs: Form_Legend_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

const tr_form_legend_contact = /** @type {(inputs: Form_Legend_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İletişim`)
};

const ar_form_legend_contact = /** @type {(inputs: Form_Legend_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التواصل`)
};

const ru_form_legend_contact = /** @type {(inputs: Form_Legend_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт`)
};

const uk_form_legend_contact = /** @type {(inputs: Form_Legend_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт`)
};

/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Form_Legend_ContactInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_legend_contact = /** @type {((inputs?: Form_Legend_ContactInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Legend_ContactInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_legend_contact(inputs)
	if (locale === "tr") return tr_form_legend_contact(inputs)
	if (locale === "ar") return ar_form_legend_contact(inputs)
	if (locale === "ru") return ru_form_legend_contact(inputs)
	if (locale === "uk") return uk_form_legend_contact(inputs)
	return de_form_legend_contact(inputs)
});