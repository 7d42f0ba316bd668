/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Display_NameInputs */

const de_auth_display_name = /** @type {(inputs: Auth_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Name`)
};

const en_auth_display_name = /** @type {(inputs: Auth_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your name`)
};

const tr_auth_display_name = /** @type {(inputs: Auth_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adınız`)
};

const ar_auth_display_name = /** @type {(inputs: Auth_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اسمك`)
};

const ru_auth_display_name = /** @type {(inputs: Auth_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваше имя`)
};

const uk_auth_display_name = /** @type {(inputs: Auth_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваше ім'я`)
};

/**
* | output |
* | --- |
* | "Your name" |
*
* @param {Auth_Display_NameInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_display_name = /** @type {((inputs?: Auth_Display_NameInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Display_NameInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_display_name(inputs)
	if (locale === "tr") return tr_auth_display_name(inputs)
	if (locale === "ar") return ar_auth_display_name(inputs)
	if (locale === "ru") return ru_auth_display_name(inputs)
	if (locale === "uk") return uk_auth_display_name(inputs)
	return de_auth_display_name(inputs)
});