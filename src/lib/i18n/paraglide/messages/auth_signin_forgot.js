/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signin_ForgotInputs */

const de_auth_signin_forgot = /** @type {(inputs: Auth_Signin_ForgotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort vergessen?`)
};

const en_auth_signin_forgot = /** @type {(inputs: Auth_Signin_ForgotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forgot your password?`)
};

const tr_auth_signin_forgot = /** @type {(inputs: Auth_Signin_ForgotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şifrenizi mi unuttunuz?`)
};

const ar_auth_signin_forgot = /** @type {(inputs: Auth_Signin_ForgotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هل نسيت كلمة المرور؟`)
};

const ru_auth_signin_forgot = /** @type {(inputs: Auth_Signin_ForgotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Забыли пароль?`)
};

const uk_auth_signin_forgot = /** @type {(inputs: Auth_Signin_ForgotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Забули пароль?`)
};

/**
* | output |
* | --- |
* | "Forgot your password?" |
*
* @param {Auth_Signin_ForgotInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signin_forgot = /** @type {((inputs?: Auth_Signin_ForgotInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signin_ForgotInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signin_forgot(inputs)
	if (locale === "tr") return tr_auth_signin_forgot(inputs)
	if (locale === "ar") return ar_auth_signin_forgot(inputs)
	if (locale === "ru") return ru_auth_signin_forgot(inputs)
	if (locale === "uk") return uk_auth_signin_forgot(inputs)
	return de_auth_signin_forgot(inputs)
});