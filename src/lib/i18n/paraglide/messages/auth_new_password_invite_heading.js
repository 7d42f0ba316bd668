/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_New_Password_Invite_HeadingInputs */

const de_auth_new_password_invite_heading = /** @type {(inputs: Auth_New_Password_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Willkommen! Bitte wählen Sie Ihr Passwort`)
};

const en_auth_new_password_invite_heading = /** @type {(inputs: Auth_New_Password_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Welcome! Please choose your password`)
};

const tr_auth_new_password_invite_heading = /** @type {(inputs: Auth_New_Password_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hoş geldiniz! Lütfen şifrenizi seçin`)
};

const ar_auth_new_password_invite_heading = /** @type {(inputs: Auth_New_Password_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أهلًا بك! يرجى اختيار كلمة المرور`)
};

const ru_auth_new_password_invite_heading = /** @type {(inputs: Auth_New_Password_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Добро пожаловать! Выберите пароль`)
};

const uk_auth_new_password_invite_heading = /** @type {(inputs: Auth_New_Password_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ласкаво просимо! Виберіть пароль`)
};

/**
* | output |
* | --- |
* | "Welcome! Please choose your password" |
*
* @param {Auth_New_Password_Invite_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_new_password_invite_heading = /** @type {((inputs?: Auth_New_Password_Invite_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_New_Password_Invite_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_new_password_invite_heading(inputs)
	if (locale === "tr") return tr_auth_new_password_invite_heading(inputs)
	if (locale === "ar") return ar_auth_new_password_invite_heading(inputs)
	if (locale === "ru") return ru_auth_new_password_invite_heading(inputs)
	if (locale === "uk") return uk_auth_new_password_invite_heading(inputs)
	return de_auth_new_password_invite_heading(inputs)
});