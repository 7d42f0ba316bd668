/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown> }} Auth_Password_Too_ShortInputs */

const de_auth_password_too_short = /** @type {(inputs: Auth_Password_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Das Passwort muss mindestens ${i?.min} Zeichen lang sein.`)
};

const en_auth_password_too_short = /** @type {(inputs: Auth_Password_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The password must have at least ${i?.min} characters.`)
};

const tr_auth_password_too_short = /** @type {(inputs: Auth_Password_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Şifre en az ${i?.min} karakter olmalı.`)
};

const ar_auth_password_too_short = /** @type {(inputs: Auth_Password_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`يجب أن تتكون كلمة المرور من ${i?.min} أحرف على الأقل.`)
};

const ru_auth_password_too_short = /** @type {(inputs: Auth_Password_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Пароль должен быть не короче ${i?.min} знаков.`)
};

const uk_auth_password_too_short = /** @type {(inputs: Auth_Password_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Пароль має містити щонайменше ${i?.min} знаків.`)
};

/**
* | output |
* | --- |
* | "The password must have at least {min} characters." |
*
* @param {Auth_Password_Too_ShortInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_password_too_short = /** @type {((inputs: Auth_Password_Too_ShortInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Password_Too_ShortInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_password_too_short(inputs)
	if (locale === "tr") return tr_auth_password_too_short(inputs)
	if (locale === "ar") return ar_auth_password_too_short(inputs)
	if (locale === "ru") return ru_auth_password_too_short(inputs)
	if (locale === "uk") return uk_auth_password_too_short(inputs)
	return de_auth_password_too_short(inputs)
});