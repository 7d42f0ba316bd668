/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signup_Have_AccountInputs */

const de_auth_signup_have_account = /** @type {(inputs: Auth_Signup_Have_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schon registriert?`)
};

const en_auth_signup_have_account = /** @type {(inputs: Auth_Signup_Have_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Already registered?`)
};

const tr_auth_signup_have_account = /** @type {(inputs: Auth_Signup_Have_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zaten kayıtlı mısınız?`)
};

const ar_auth_signup_have_account = /** @type {(inputs: Auth_Signup_Have_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هل أنت مسجل بالفعل؟`)
};

const ru_auth_signup_have_account = /** @type {(inputs: Auth_Signup_Have_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уже зарегистрированы?`)
};

const uk_auth_signup_have_account = /** @type {(inputs: Auth_Signup_Have_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уже зареєстровані?`)
};

/**
* | output |
* | --- |
* | "Already registered?" |
*
* @param {Auth_Signup_Have_AccountInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signup_have_account = /** @type {((inputs?: Auth_Signup_Have_AccountInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signup_Have_AccountInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signup_have_account(inputs)
	if (locale === "tr") return tr_auth_signup_have_account(inputs)
	if (locale === "ar") return ar_auth_signup_have_account(inputs)
	if (locale === "ru") return ru_auth_signup_have_account(inputs)
	if (locale === "uk") return uk_auth_signup_have_account(inputs)
	return de_auth_signup_have_account(inputs)
});