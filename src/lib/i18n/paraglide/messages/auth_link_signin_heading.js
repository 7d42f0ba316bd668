/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Link_Signin_HeadingInputs */

const de_auth_link_signin_heading = /** @type {(inputs: Auth_Link_Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit Link anmelden`)
};

const en_auth_link_signin_heading = /** @type {(inputs: Auth_Link_Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with a link`)
};

const tr_auth_link_signin_heading = /** @type {(inputs: Auth_Link_Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bağlantı ile giriş yapın`)
};

const ar_auth_link_signin_heading = /** @type {(inputs: Auth_Link_Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الدخول عبر رابط`)
};

const ru_auth_link_signin_heading = /** @type {(inputs: Auth_Link_Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вход по ссылке`)
};

const uk_auth_link_signin_heading = /** @type {(inputs: Auth_Link_Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вхід за посиланням`)
};

/**
* | output |
* | --- |
* | "Sign in with a link" |
*
* @param {Auth_Link_Signin_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_link_signin_heading = /** @type {((inputs?: Auth_Link_Signin_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Link_Signin_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_link_signin_heading(inputs)
	if (locale === "tr") return tr_auth_link_signin_heading(inputs)
	if (locale === "ar") return ar_auth_link_signin_heading(inputs)
	if (locale === "ru") return ru_auth_link_signin_heading(inputs)
	if (locale === "uk") return uk_auth_link_signin_heading(inputs)
	return de_auth_link_signin_heading(inputs)
});