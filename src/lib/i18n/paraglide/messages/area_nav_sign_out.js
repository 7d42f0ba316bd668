/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Area_Nav_Sign_OutInputs */

const de_area_nav_sign_out = /** @type {(inputs: Area_Nav_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abmelden`)
};

const en_area_nav_sign_out = /** @type {(inputs: Area_Nav_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out`)
};

const tr_area_nav_sign_out = /** @type {(inputs: Area_Nav_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çıkış yap`)
};

const ar_area_nav_sign_out = /** @type {(inputs: Area_Nav_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تسجيل الخروج`)
};

const ru_area_nav_sign_out = /** @type {(inputs: Area_Nav_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выйти`)
};

const uk_area_nav_sign_out = /** @type {(inputs: Area_Nav_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вийти`)
};

/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Area_Nav_Sign_OutInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const area_nav_sign_out = /** @type {((inputs?: Area_Nav_Sign_OutInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Nav_Sign_OutInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_area_nav_sign_out(inputs)
	if (locale === "tr") return tr_area_nav_sign_out(inputs)
	if (locale === "ar") return ar_area_nav_sign_out(inputs)
	if (locale === "ru") return ru_area_nav_sign_out(inputs)
	if (locale === "uk") return uk_area_nav_sign_out(inputs)
	return de_area_nav_sign_out(inputs)
});