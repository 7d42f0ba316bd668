/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Password_NewInputs */

const de_auth_password_new = /** @type {(inputs: Auth_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neues Passwort`)
};

const en_auth_password_new = /** @type {(inputs: Auth_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New password`)
};

const tr_auth_password_new = /** @type {(inputs: Auth_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yeni şifre`)
};

const ar_auth_password_new = /** @type {(inputs: Auth_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كلمة مرور جديدة`)
};

const ru_auth_password_new = /** @type {(inputs: Auth_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Новый пароль`)
};

const uk_auth_password_new = /** @type {(inputs: Auth_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Новий пароль`)
};

/**
* | output |
* | --- |
* | "New password" |
*
* @param {Auth_Password_NewInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_password_new = /** @type {((inputs?: Auth_Password_NewInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Password_NewInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_password_new(inputs)
	if (locale === "tr") return tr_auth_password_new(inputs)
	if (locale === "ar") return ar_auth_password_new(inputs)
	if (locale === "ru") return ru_auth_password_new(inputs)
	if (locale === "uk") return uk_auth_password_new(inputs)
	return de_auth_password_new(inputs)
});