/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Weak_PasswordInputs */

const de_auth_weak_password = /** @type {(inputs: Auth_Weak_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Passwort ist zu schwach. Bitte wählen Sie ein längeres.`)
};

const en_auth_weak_password = /** @type {(inputs: Auth_Weak_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This password is too weak. Please choose a longer one.`)
};

const tr_auth_weak_password = /** @type {(inputs: Auth_Weak_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu şifre çok zayıf. Lütfen daha uzun bir şifre seçin.`)
};

const ar_auth_weak_password = /** @type {(inputs: Auth_Weak_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كلمة المرور هذه ضعيفة. يرجى اختيار كلمة أطول.`)
};

const ru_auth_weak_password = /** @type {(inputs: Auth_Weak_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пароль слишком простой. Выберите более длинный.`)
};

const uk_auth_weak_password = /** @type {(inputs: Auth_Weak_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пароль занадто простий. Виберіть довший.`)
};

/**
* | output |
* | --- |
* | "This password is too weak. Please choose a longer one." |
*
* @param {Auth_Weak_PasswordInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_weak_password = /** @type {((inputs?: Auth_Weak_PasswordInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Weak_PasswordInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_weak_password(inputs)
	if (locale === "tr") return tr_auth_weak_password(inputs)
	if (locale === "ar") return ar_auth_weak_password(inputs)
	if (locale === "ru") return ru_auth_weak_password(inputs)
	if (locale === "uk") return uk_auth_weak_password(inputs)
	return de_auth_weak_password(inputs)
});