/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signup_SubmitInputs */

const de_auth_signup_submit = /** @type {(inputs: Auth_Signup_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Registrieren`)
};

const en_auth_signup_submit = /** @type {(inputs: Auth_Signup_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Register`)
};

const tr_auth_signup_submit = /** @type {(inputs: Auth_Signup_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kaydol`)
};

const ar_auth_signup_submit = /** @type {(inputs: Auth_Signup_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تسجيل`)
};

const ru_auth_signup_submit = /** @type {(inputs: Auth_Signup_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зарегистрироваться`)
};

const uk_auth_signup_submit = /** @type {(inputs: Auth_Signup_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зареєструватися`)
};

/**
* | output |
* | --- |
* | "Register" |
*
* @param {Auth_Signup_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signup_submit = /** @type {((inputs?: Auth_Signup_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signup_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signup_submit(inputs)
	if (locale === "tr") return tr_auth_signup_submit(inputs)
	if (locale === "ar") return ar_auth_signup_submit(inputs)
	if (locale === "ru") return ru_auth_signup_submit(inputs)
	if (locale === "uk") return uk_auth_signup_submit(inputs)
	return de_auth_signup_submit(inputs)
});