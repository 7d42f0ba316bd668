/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Email_Too_LongInputs */

const de_auth_email_too_long = /** @type {(inputs: Auth_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die E-Mail-Adresse ist zu lang.`)
};

const en_auth_email_too_long = /** @type {(inputs: Auth_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The email address is too long.`)
};

const tr_auth_email_too_long = /** @type {(inputs: Auth_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-posta adresi çok uzun.`)
};

const ar_auth_email_too_long = /** @type {(inputs: Auth_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`البريد الإلكتروني طويل جدًا.`)
};

const ru_auth_email_too_long = /** @type {(inputs: Auth_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адрес эл. почты слишком длинный.`)
};

const uk_auth_email_too_long = /** @type {(inputs: Auth_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адреса ел. пошти задовга.`)
};

/**
* | output |
* | --- |
* | "The email address is too long." |
*
* @param {Auth_Email_Too_LongInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_email_too_long = /** @type {((inputs?: Auth_Email_Too_LongInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Email_Too_LongInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_email_too_long(inputs)
	if (locale === "tr") return tr_auth_email_too_long(inputs)
	if (locale === "ar") return ar_auth_email_too_long(inputs)
	if (locale === "ru") return ru_auth_email_too_long(inputs)
	if (locale === "uk") return uk_auth_email_too_long(inputs)
	return de_auth_email_too_long(inputs)
});