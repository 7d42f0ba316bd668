/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_New_Password_SubmitInputs */

const de_auth_new_password_submit = /** @type {(inputs: Auth_New_Password_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort speichern`)
};

const en_auth_new_password_submit = /** @type {(inputs: Auth_New_Password_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save password`)
};

const tr_auth_new_password_submit = /** @type {(inputs: Auth_New_Password_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şifreyi kaydet`)
};

const ar_auth_new_password_submit = /** @type {(inputs: Auth_New_Password_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حفظ كلمة المرور`)
};

const ru_auth_new_password_submit = /** @type {(inputs: Auth_New_Password_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сохранить пароль`)
};

const uk_auth_new_password_submit = /** @type {(inputs: Auth_New_Password_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зберегти пароль`)
};

/**
* | output |
* | --- |
* | "Save password" |
*
* @param {Auth_New_Password_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_new_password_submit = /** @type {((inputs?: Auth_New_Password_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_New_Password_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_new_password_submit(inputs)
	if (locale === "tr") return tr_auth_new_password_submit(inputs)
	if (locale === "ar") return ar_auth_new_password_submit(inputs)
	if (locale === "ru") return ru_auth_new_password_submit(inputs)
	if (locale === "uk") return uk_auth_new_password_submit(inputs)
	return de_auth_new_password_submit(inputs)
});