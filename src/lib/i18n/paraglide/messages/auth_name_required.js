/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Name_RequiredInputs */

const de_auth_name_required = /** @type {(inputs: Auth_Name_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte geben Sie Ihren Namen an.`)
};

const en_auth_name_required = /** @type {(inputs: Auth_Name_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please enter your name.`)
};

const tr_auth_name_required = /** @type {(inputs: Auth_Name_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen adınızı yazın.`)
};

const ar_auth_name_required = /** @type {(inputs: Auth_Name_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى كتابة اسمك.`)
};

const ru_auth_name_required = /** @type {(inputs: Auth_Name_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Укажите ваше имя.`)
};

const uk_auth_name_required = /** @type {(inputs: Auth_Name_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вкажіть ваше ім'я.`)
};

/**
* | output |
* | --- |
* | "Please enter your name." |
*
* @param {Auth_Name_RequiredInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_name_required = /** @type {((inputs?: Auth_Name_RequiredInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Name_RequiredInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_name_required(inputs)
	if (locale === "tr") return tr_auth_name_required(inputs)
	if (locale === "ar") return ar_auth_name_required(inputs)
	if (locale === "ru") return ru_auth_name_required(inputs)
	if (locale === "uk") return uk_auth_name_required(inputs)
	return de_auth_name_required(inputs)
});