/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Area_Nav_Sign_InInputs */

const de_area_nav_sign_in = /** @type {(inputs: Area_Nav_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelden`)
};

const en_area_nav_sign_in = /** @type {(inputs: Area_Nav_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

const tr_area_nav_sign_in = /** @type {(inputs: Area_Nav_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giriş yap`)
};

const ar_area_nav_sign_in = /** @type {(inputs: Area_Nav_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تسجيل الدخول`)
};

const ru_area_nav_sign_in = /** @type {(inputs: Area_Nav_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Войти`)
};

const uk_area_nav_sign_in = /** @type {(inputs: Area_Nav_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Увійти`)
};

/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Area_Nav_Sign_InInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const area_nav_sign_in = /** @type {((inputs?: Area_Nav_Sign_InInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Nav_Sign_InInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_area_nav_sign_in(inputs)
	if (locale === "tr") return tr_area_nav_sign_in(inputs)
	if (locale === "ar") return ar_area_nav_sign_in(inputs)
	if (locale === "ru") return ru_area_nav_sign_in(inputs)
	if (locale === "uk") return uk_area_nav_sign_in(inputs)
	return de_area_nav_sign_in(inputs)
});