/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Forgot_IntroInputs */

const de_auth_forgot_intro = /** @type {(inputs: Auth_Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen.`)
};

const en_auth_forgot_intro = /** @type {(inputs: Auth_Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We will send you a link to choose a new password.`)
};

const tr_auth_forgot_intro = /** @type {(inputs: Auth_Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Size yeni bir şifre seçebileceğiniz bir bağlantı göndereceğiz.`)
};

const ar_auth_forgot_intro = /** @type {(inputs: Auth_Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`سنرسل لك رابطًا لتختار به كلمة مرور جديدة.`)
};

const ru_auth_forgot_intro = /** @type {(inputs: Auth_Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мы пришлём вам ссылку, по которой можно выбрать новый пароль.`)
};

const uk_auth_forgot_intro = /** @type {(inputs: Auth_Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ми надішлемо вам посилання, за яким можна вибрати новий пароль.`)
};

/**
* | output |
* | --- |
* | "We will send you a link to choose a new password." |
*
* @param {Auth_Forgot_IntroInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_forgot_intro = /** @type {((inputs?: Auth_Forgot_IntroInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Forgot_IntroInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_forgot_intro(inputs)
	if (locale === "tr") return tr_auth_forgot_intro(inputs)
	if (locale === "ar") return ar_auth_forgot_intro(inputs)
	if (locale === "ru") return ru_auth_forgot_intro(inputs)
	if (locale === "uk") return uk_auth_forgot_intro(inputs)
	return de_auth_forgot_intro(inputs)
});