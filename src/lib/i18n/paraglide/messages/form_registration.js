/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_RegistrationInputs */

const de_form_registration = /** @type {(inputs: Form_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung nötig`)
};

const en_form_registration = /** @type {(inputs: Form_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Registration needed`)
};

const tr_form_registration = /** @type {(inputs: Form_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kayıt gerekli`)
};

const ar_form_registration = /** @type {(inputs: Form_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التسجيل مطلوب`)
};

const ru_form_registration = /** @type {(inputs: Form_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нужна запись`)
};

const uk_form_registration = /** @type {(inputs: Form_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Потрібна реєстрація`)
};

/**
* | output |
* | --- |
* | "Registration needed" |
*
* @param {Form_RegistrationInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_registration = /** @type {((inputs?: Form_RegistrationInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_RegistrationInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_registration(inputs)
	if (locale === "tr") return tr_form_registration(inputs)
	if (locale === "ar") return ar_form_registration(inputs)
	if (locale === "ru") return ru_form_registration(inputs)
	if (locale === "uk") return uk_form_registration(inputs)
	return de_form_registration(inputs)
});