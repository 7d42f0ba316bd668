/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Auth_Password_Too_LongInputs */

const de_auth_password_too_long = /** @type {(inputs: Auth_Password_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Das Passwort darf höchstens ${i?.max} Zeichen lang sein.`)
};

const en_auth_password_too_long = /** @type {(inputs: Auth_Password_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The password may have at most ${i?.max} characters.`)
};

const tr_auth_password_too_long = /** @type {(inputs: Auth_Password_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Şifre en fazla ${i?.max} karakter olabilir.`)
};

const ar_auth_password_too_long = /** @type {(inputs: Auth_Password_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`يجب ألا تزيد كلمة المرور عن ${i?.max} حرفًا.`)
};

const ru_auth_password_too_long = /** @type {(inputs: Auth_Password_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Пароль должен быть не длиннее ${i?.max} знаков.`)
};

const uk_auth_password_too_long = /** @type {(inputs: Auth_Password_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Пароль має містити не більше ${i?.max} знаків.`)
};

/**
* | output |
* | --- |
* | "The password may have at most {max} characters." |
*
* @param {Auth_Password_Too_LongInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_password_too_long = /** @type {((inputs: Auth_Password_Too_LongInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Password_Too_LongInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_password_too_long(inputs)
	if (locale === "tr") return tr_auth_password_too_long(inputs)
	if (locale === "ar") return ar_auth_password_too_long(inputs)
	if (locale === "ru") return ru_auth_password_too_long(inputs)
	if (locale === "uk") return uk_auth_password_too_long(inputs)
	return de_auth_password_too_long(inputs)
});