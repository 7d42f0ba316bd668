/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signin_TitleInputs */

const de_auth_signin_title = /** @type {(inputs: Auth_Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelden`)
};

const en_auth_signin_title = /** @type {(inputs: Auth_Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

const tr_auth_signin_title = /** @type {(inputs: Auth_Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giriş yap`)
};

const ar_auth_signin_title = /** @type {(inputs: Auth_Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تسجيل الدخول`)
};

const ru_auth_signin_title = /** @type {(inputs: Auth_Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вход`)
};

const uk_auth_signin_title = /** @type {(inputs: Auth_Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вхід`)
};

/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Auth_Signin_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signin_title = /** @type {((inputs?: Auth_Signin_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signin_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signin_title(inputs)
	if (locale === "tr") return tr_auth_signin_title(inputs)
	if (locale === "ar") return ar_auth_signin_title(inputs)
	if (locale === "ru") return ru_auth_signin_title(inputs)
	if (locale === "uk") return uk_auth_signin_title(inputs)
	return de_auth_signin_title(inputs)
});