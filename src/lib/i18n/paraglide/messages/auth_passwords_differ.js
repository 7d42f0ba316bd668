/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Passwords_DifferInputs */

const de_auth_passwords_differ = /** @type {(inputs: Auth_Passwords_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die beiden Passwörter stimmen nicht überein.`)
};

const en_auth_passwords_differ = /** @type {(inputs: Auth_Passwords_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The two passwords are not the same.`)
};

const tr_auth_passwords_differ = /** @type {(inputs: Auth_Passwords_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İki şifre aynı değil.`)
};

const ar_auth_passwords_differ = /** @type {(inputs: Auth_Passwords_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كلمتا المرور غير متطابقتين.`)
};

const ru_auth_passwords_differ = /** @type {(inputs: Auth_Passwords_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пароли не совпадают.`)
};

const uk_auth_passwords_differ = /** @type {(inputs: Auth_Passwords_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Паролі не збігаються.`)
};

/**
* | output |
* | --- |
* | "The two passwords are not the same." |
*
* @param {Auth_Passwords_DifferInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_passwords_differ = /** @type {((inputs?: Auth_Passwords_DifferInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Passwords_DifferInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_passwords_differ(inputs)
	if (locale === "tr") return tr_auth_passwords_differ(inputs)
	if (locale === "ar") return ar_auth_passwords_differ(inputs)
	if (locale === "ru") return ru_auth_passwords_differ(inputs)
	if (locale === "uk") return uk_auth_passwords_differ(inputs)
	return de_auth_passwords_differ(inputs)
});