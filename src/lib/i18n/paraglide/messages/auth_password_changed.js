/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Password_ChangedInputs */

const de_auth_password_changed = /** @type {(inputs: Auth_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Passwort ist geändert. Sie sind angemeldet.`)
};

const en_auth_password_changed = /** @type {(inputs: Auth_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your password is changed. You are signed in.`)
};

const tr_auth_password_changed = /** @type {(inputs: Auth_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şifreniz değişti. Giriş yaptınız.`)
};

const ar_auth_password_changed = /** @type {(inputs: Auth_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم تغيير كلمة المرور. أنت مسجّل الدخول.`)
};

const ru_auth_password_changed = /** @type {(inputs: Auth_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пароль изменён. Вы вошли.`)
};

const uk_auth_password_changed = /** @type {(inputs: Auth_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пароль змінено. Ви увійшли.`)
};

/**
* | output |
* | --- |
* | "Your password is changed. You are signed in." |
*
* @param {Auth_Password_ChangedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_password_changed = /** @type {((inputs?: Auth_Password_ChangedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Password_ChangedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_password_changed(inputs)
	if (locale === "tr") return tr_auth_password_changed(inputs)
	if (locale === "ar") return ar_auth_password_changed(inputs)
	if (locale === "ru") return ru_auth_password_changed(inputs)
	if (locale === "uk") return uk_auth_password_changed(inputs)
	return de_auth_password_changed(inputs)
});