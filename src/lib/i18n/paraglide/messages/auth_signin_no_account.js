/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signin_No_AccountInputs */

const de_auth_signin_no_account = /** @type {(inputs: Auth_Signin_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch kein Konto?`)
};

const en_auth_signin_no_account = /** @type {(inputs: Auth_Signin_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No account yet?`)
};

const tr_auth_signin_no_account = /** @type {(inputs: Auth_Signin_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Henüz hesabınız yok mu?`)
};

const ar_auth_signin_no_account = /** @type {(inputs: Auth_Signin_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ليس لديك حساب بعد؟`)
};

const ru_auth_signin_no_account = /** @type {(inputs: Auth_Signin_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ещё нет аккаунта?`)
};

const uk_auth_signin_no_account = /** @type {(inputs: Auth_Signin_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ще немає акаунта?`)
};

/**
* | output |
* | --- |
* | "No account yet?" |
*
* @param {Auth_Signin_No_AccountInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signin_no_account = /** @type {((inputs?: Auth_Signin_No_AccountInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signin_No_AccountInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signin_no_account(inputs)
	if (locale === "tr") return tr_auth_signin_no_account(inputs)
	if (locale === "ar") return ar_auth_signin_no_account(inputs)
	if (locale === "ru") return ru_auth_signin_no_account(inputs)
	if (locale === "uk") return uk_auth_signin_no_account(inputs)
	return de_auth_signin_no_account(inputs)
});