/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_PhoneInputs */

const de_form_phone = /** @type {(inputs: Form_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon`)
};

const en_form_phone = /** @type {(inputs: Form_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone`)
};

const tr_form_phone = /** @type {(inputs: Form_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon`)
};

const ar_form_phone = /** @type {(inputs: Form_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الهاتف`)
};

const ru_form_phone = /** @type {(inputs: Form_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефон`)
};

const uk_form_phone = /** @type {(inputs: Form_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефон`)
};

/**
* | output |
* | --- |
* | "Phone" |
*
* @param {Form_PhoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_phone = /** @type {((inputs?: Form_PhoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_PhoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_phone(inputs)
	if (locale === "tr") return tr_form_phone(inputs)
	if (locale === "ar") return ar_form_phone(inputs)
	if (locale === "ru") return ru_form_phone(inputs)
	if (locale === "uk") return uk_form_phone(inputs)
	return de_form_phone(inputs)
});