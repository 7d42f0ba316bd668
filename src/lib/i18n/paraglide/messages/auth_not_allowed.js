/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Not_AllowedInputs */

const de_auth_not_allowed = /** @type {(inputs: Auth_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das ist nicht erlaubt.`)
};

const en_auth_not_allowed = /** @type {(inputs: Auth_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is not allowed.`)
};

const tr_auth_not_allowed = /** @type {(inputs: Auth_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buna izin verilmiyor.`)
};

const ar_auth_not_allowed = /** @type {(inputs: Auth_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا غير مسموح.`)
};

const ru_auth_not_allowed = /** @type {(inputs: Auth_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Это не разрешено.`)
};

const uk_auth_not_allowed = /** @type {(inputs: Auth_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Це не дозволено.`)
};

/**
* | output |
* | --- |
* | "This is not allowed." |
*
* @param {Auth_Not_AllowedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_not_allowed = /** @type {((inputs?: Auth_Not_AllowedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Not_AllowedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_not_allowed(inputs)
	if (locale === "tr") return tr_auth_not_allowed(inputs)
	if (locale === "ar") return ar_auth_not_allowed(inputs)
	if (locale === "ru") return ru_auth_not_allowed(inputs)
	if (locale === "uk") return uk_auth_not_allowed(inputs)
	return de_auth_not_allowed(inputs)
});