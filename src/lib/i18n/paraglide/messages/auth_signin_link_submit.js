/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signin_Link_SubmitInputs */

const de_auth_signin_link_submit = /** @type {(inputs: Auth_Signin_Link_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelde-Link schicken`)
};

const en_auth_signin_link_submit = /** @type {(inputs: Auth_Signin_Link_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send sign-in link`)
};

const tr_auth_signin_link_submit = /** @type {(inputs: Auth_Signin_Link_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giriş bağlantısı gönder`)
};

const ar_auth_signin_link_submit = /** @type {(inputs: Auth_Signin_Link_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أرسل رابط الدخول`)
};

const ru_auth_signin_link_submit = /** @type {(inputs: Auth_Signin_Link_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Прислать ссылку для входа`)
};

const uk_auth_signin_link_submit = /** @type {(inputs: Auth_Signin_Link_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Надіслати посилання для входу`)
};

/**
* | output |
* | --- |
* | "Send sign-in link" |
*
* @param {Auth_Signin_Link_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signin_link_submit = /** @type {((inputs?: Auth_Signin_Link_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signin_Link_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signin_link_submit(inputs)
	if (locale === "tr") return tr_auth_signin_link_submit(inputs)
	if (locale === "ar") return ar_auth_signin_link_submit(inputs)
	if (locale === "ru") return ru_auth_signin_link_submit(inputs)
	if (locale === "uk") return uk_auth_signin_link_submit(inputs)
	return de_auth_signin_link_submit(inputs)
});