/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Legend_Contact_TimeInputs */

const de_form_legend_contact_time = /** @type {(inputs: Form_Legend_Contact_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt und Laufzeit`)
};

const en_form_legend_contact_time = /** @type {(inputs: Form_Legend_Contact_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact and duration`)
};

const tr_form_legend_contact_time = /** @type {(inputs: Form_Legend_Contact_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İletişim ve süre`)
};

const ar_form_legend_contact_time = /** @type {(inputs: Form_Legend_Contact_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التواصل والمدة`)
};

const ru_form_legend_contact_time = /** @type {(inputs: Form_Legend_Contact_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт и срок`)
};

const uk_form_legend_contact_time = /** @type {(inputs: Form_Legend_Contact_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт і термін`)
};

/**
* | output |
* | --- |
* | "Contact and duration" |
*
* @param {Form_Legend_Contact_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_legend_contact_time = /** @type {((inputs?: Form_Legend_Contact_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Legend_Contact_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_legend_contact_time(inputs)
	if (locale === "tr") return tr_form_legend_contact_time(inputs)
	if (locale === "ar") return ar_form_legend_contact_time(inputs)
	if (locale === "ru") return ru_form_legend_contact_time(inputs)
	if (locale === "uk") return uk_form_legend_contact_time(inputs)
	return de_form_legend_contact_time(inputs)
});