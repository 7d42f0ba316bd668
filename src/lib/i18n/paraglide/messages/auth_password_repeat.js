/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Password_RepeatInputs */

const de_auth_password_repeat = /** @type {(inputs: Auth_Password_RepeatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort wiederholen`)
};

const en_auth_password_repeat = /** @type {(inputs: Auth_Password_RepeatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Repeat password`)
};

const tr_auth_password_repeat = /** @type {(inputs: Auth_Password_RepeatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şifreyi tekrar girin`)
};

const ar_auth_password_repeat = /** @type {(inputs: Auth_Password_RepeatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أعد كتابة كلمة المرور`)
};

const ru_auth_password_repeat = /** @type {(inputs: Auth_Password_RepeatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повторите пароль`)
};

const uk_auth_password_repeat = /** @type {(inputs: Auth_Password_RepeatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повторіть пароль`)
};

/**
* | output |
* | --- |
* | "Repeat password" |
*
* @param {Auth_Password_RepeatInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_password_repeat = /** @type {((inputs?: Auth_Password_RepeatInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Password_RepeatInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_password_repeat(inputs)
	if (locale === "tr") return tr_auth_password_repeat(inputs)
	if (locale === "ar") return ar_auth_password_repeat(inputs)
	if (locale === "ru") return ru_auth_password_repeat(inputs)
	if (locale === "uk") return uk_auth_password_repeat(inputs)
	return de_auth_password_repeat(inputs)
});