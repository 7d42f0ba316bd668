/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Provider_ErrorInputs */

const de_auth_provider_error = /** @type {(inputs: Auth_Provider_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldung ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.`)
};

const en_auth_provider_error = /** @type {(inputs: Auth_Provider_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign-in is not available right now. Please try again later.`)
};

const tr_auth_provider_error = /** @type {(inputs: Auth_Provider_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giriş şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin.`)
};

const ar_auth_provider_error = /** @type {(inputs: Auth_Provider_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تسجيل الدخول غير متاح الآن. يرجى المحاولة لاحقًا.`)
};

const ru_auth_provider_error = /** @type {(inputs: Auth_Provider_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вход сейчас недоступен. Попробуйте позже.`)
};

const uk_auth_provider_error = /** @type {(inputs: Auth_Provider_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вхід зараз недоступний. Спробуйте пізніше.`)
};

/**
* | output |
* | --- |
* | "Sign-in is not available right now. Please try again later." |
*
* @param {Auth_Provider_ErrorInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_provider_error = /** @type {((inputs?: Auth_Provider_ErrorInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Provider_ErrorInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_provider_error(inputs)
	if (locale === "tr") return tr_auth_provider_error(inputs)
	if (locale === "ar") return ar_auth_provider_error(inputs)
	if (locale === "ru") return ru_auth_provider_error(inputs)
	if (locale === "uk") return uk_auth_provider_error(inputs)
	return de_auth_provider_error(inputs)
});