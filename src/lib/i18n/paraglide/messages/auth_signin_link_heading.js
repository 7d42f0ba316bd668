/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signin_Link_HeadingInputs */

const de_auth_signin_link_heading = /** @type {(inputs: Auth_Signin_Link_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Passwort: Link per E-Mail`)
};

const en_auth_signin_link_heading = /** @type {(inputs: Auth_Signin_Link_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Without a password: link by email`)
};

const tr_auth_signin_link_heading = /** @type {(inputs: Auth_Signin_Link_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şifresiz: e-posta ile bağlantı`)
};

const ar_auth_signin_link_heading = /** @type {(inputs: Auth_Signin_Link_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بدون كلمة مرور: رابط عبر البريد الإلكتروني`)
};

const ru_auth_signin_link_heading = /** @type {(inputs: Auth_Signin_Link_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без пароля: ссылка по эл. почте`)
};

const uk_auth_signin_link_heading = /** @type {(inputs: Auth_Signin_Link_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без пароля: посилання ел. поштою`)
};

/**
* | output |
* | --- |
* | "Without a password: link by email" |
*
* @param {Auth_Signin_Link_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signin_link_heading = /** @type {((inputs?: Auth_Signin_Link_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signin_Link_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signin_link_heading(inputs)
	if (locale === "tr") return tr_auth_signin_link_heading(inputs)
	if (locale === "ar") return ar_auth_signin_link_heading(inputs)
	if (locale === "ru") return ru_auth_signin_link_heading(inputs)
	if (locale === "uk") return uk_auth_signin_link_heading(inputs)
	return de_auth_signin_link_heading(inputs)
});