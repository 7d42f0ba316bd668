/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signed_OutInputs */

const de_auth_signed_out = /** @type {(inputs: Auth_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind abgemeldet.`)
};

const en_auth_signed_out = /** @type {(inputs: Auth_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed out.`)
};

const tr_auth_signed_out = /** @type {(inputs: Auth_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çıkış yaptınız.`)
};

const ar_auth_signed_out = /** @type {(inputs: Auth_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم تسجيل خروجك.`)
};

const ru_auth_signed_out = /** @type {(inputs: Auth_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вы вышли.`)
};

const uk_auth_signed_out = /** @type {(inputs: Auth_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ви вийшли.`)
};

/**
* | output |
* | --- |
* | "You are signed out." |
*
* @param {Auth_Signed_OutInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signed_out = /** @type {((inputs?: Auth_Signed_OutInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signed_OutInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signed_out(inputs)
	if (locale === "tr") return tr_auth_signed_out(inputs)
	if (locale === "ar") return ar_auth_signed_out(inputs)
	if (locale === "ru") return ru_auth_signed_out(inputs)
	if (locale === "uk") return uk_auth_signed_out(inputs)
	return de_auth_signed_out(inputs)
});