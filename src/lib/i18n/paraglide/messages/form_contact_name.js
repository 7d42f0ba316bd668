/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Contact_NameInputs */

const de_form_contact_name = /** @type {(inputs: Form_Contact_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ansprechperson`)
};

const en_form_contact_name = /** @type {(inputs: Form_Contact_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact person`)
};

const tr_form_contact_name = /** @type {(inputs: Form_Contact_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İlgili kişi`)
};

const ar_form_contact_name = /** @type {(inputs: Form_Contact_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الشخص المسؤول`)
};

const ru_form_contact_name = /** @type {(inputs: Form_Contact_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контактное лицо`)
};

const uk_form_contact_name = /** @type {(inputs: Form_Contact_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контактна особа`)
};

/**
* | output |
* | --- |
* | "Contact person" |
*
* @param {Form_Contact_NameInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_contact_name = /** @type {((inputs?: Form_Contact_NameInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Contact_NameInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_contact_name(inputs)
	if (locale === "tr") return tr_form_contact_name(inputs)
	if (locale === "ar") return ar_form_contact_name(inputs)
	if (locale === "ru") return ru_form_contact_name(inputs)
	if (locale === "uk") return uk_form_contact_name(inputs)
	return de_form_contact_name(inputs)
});