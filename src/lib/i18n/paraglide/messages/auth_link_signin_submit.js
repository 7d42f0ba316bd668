/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Link_Signin_SubmitInputs */

const de_auth_link_signin_submit = /** @type {(inputs: Auth_Link_Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt anmelden`)
};

const en_auth_link_signin_submit = /** @type {(inputs: Auth_Link_Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in now`)
};

const tr_auth_link_signin_submit = /** @type {(inputs: Auth_Link_Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şimdi giriş yap`)
};

const ar_auth_link_signin_submit = /** @type {(inputs: Auth_Link_Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ادخل الآن`)
};

const ru_auth_link_signin_submit = /** @type {(inputs: Auth_Link_Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Войти сейчас`)
};

const uk_auth_link_signin_submit = /** @type {(inputs: Auth_Link_Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Увійти зараз`)
};

/**
* | output |
* | --- |
* | "Sign in now" |
*
* @param {Auth_Link_Signin_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_link_signin_submit = /** @type {((inputs?: Auth_Link_Signin_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Link_Signin_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_link_signin_submit(inputs)
	if (locale === "tr") return tr_auth_link_signin_submit(inputs)
	if (locale === "ar") return ar_auth_link_signin_submit(inputs)
	if (locale === "ru") return ru_auth_link_signin_submit(inputs)
	if (locale === "uk") return uk_auth_link_signin_submit(inputs)
	return de_auth_link_signin_submit(inputs)
});