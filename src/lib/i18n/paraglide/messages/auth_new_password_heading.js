/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_New_Password_HeadingInputs */

const de_auth_new_password_heading = /** @type {(inputs: Auth_New_Password_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neues Passwort wählen`)
};

const en_auth_new_password_heading = /** @type {(inputs: Auth_New_Password_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a new password`)
};

const tr_auth_new_password_heading = /** @type {(inputs: Auth_New_Password_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yeni bir şifre seçin`)
};

const ar_auth_new_password_heading = /** @type {(inputs: Auth_New_Password_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اختر كلمة مرور جديدة`)
};

const ru_auth_new_password_heading = /** @type {(inputs: Auth_New_Password_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выберите новый пароль`)
};

const uk_auth_new_password_heading = /** @type {(inputs: Auth_New_Password_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Виберіть новий пароль`)
};

/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Auth_New_Password_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_new_password_heading = /** @type {((inputs?: Auth_New_Password_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_New_Password_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_new_password_heading(inputs)
	if (locale === "tr") return tr_auth_new_password_heading(inputs)
	if (locale === "ar") return ar_auth_new_password_heading(inputs)
	if (locale === "ru") return ru_auth_new_password_heading(inputs)
	if (locale === "uk") return uk_auth_new_password_heading(inputs)
	return de_auth_new_password_heading(inputs)
});