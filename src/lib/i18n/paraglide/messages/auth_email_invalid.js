/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Email_InvalidInputs */

const de_auth_email_invalid = /** @type {(inputs: Auth_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte geben Sie eine gültige E-Mail-Adresse ein.`)
};

const en_auth_email_invalid = /** @type {(inputs: Auth_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please enter a valid email address.`)
};

const tr_auth_email_invalid = /** @type {(inputs: Auth_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen geçerli bir e-posta adresi girin.`)
};

const ar_auth_email_invalid = /** @type {(inputs: Auth_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إدخال بريد إلكتروني صحيح.`)
};

const ru_auth_email_invalid = /** @type {(inputs: Auth_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите правильный адрес эл. почты.`)
};

const uk_auth_email_invalid = /** @type {(inputs: Auth_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введіть правильну адресу ел. пошти.`)
};

/**
* | output |
* | --- |
* | "Please enter a valid email address." |
*
* @param {Auth_Email_InvalidInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_email_invalid = /** @type {((inputs?: Auth_Email_InvalidInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Email_InvalidInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_email_invalid(inputs)
	if (locale === "tr") return tr_auth_email_invalid(inputs)
	if (locale === "ar") return ar_auth_email_invalid(inputs)
	if (locale === "ru") return ru_auth_email_invalid(inputs)
	if (locale === "uk") return uk_auth_email_invalid(inputs)
	return de_auth_email_invalid(inputs)
});