/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_LogoInputs */

const de_form_logo = /** @type {(inputs: Form_LogoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logo (freiwillig, JPEG/PNG/WebP, höchstens 2 MB)`)
};

const en_form_logo = /** @type {(inputs: Form_LogoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logo (optional, JPEG/PNG/WebP, at most 2 MB)`)
};

const tr_form_logo = /** @type {(inputs: Form_LogoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logo (isteğe bağlı, JPEG/PNG/WebP, en fazla 2 MB)`)
};

const ar_form_logo = /** @type {(inputs: Form_LogoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الشعار (اختياري، JPEG/PNG/WebP، 2 ميغابايت كحد أقصى)`)
};

const ru_form_logo = /** @type {(inputs: Form_LogoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Логотип (по желанию, JPEG/PNG/WebP, до 2 МБ)`)
};

const uk_form_logo = /** @type {(inputs: Form_LogoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Логотип (за бажанням, JPEG/PNG/WebP, до 2 МБ)`)
};

/**
* | output |
* | --- |
* | "Logo (optional, JPEG/PNG/WebP, at most 2 MB)" |
*
* @param {Form_LogoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_logo = /** @type {((inputs?: Form_LogoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_LogoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_logo(inputs)
	if (locale === "tr") return tr_form_logo(inputs)
	if (locale === "ar") return ar_form_logo(inputs)
	if (locale === "ru") return ru_form_logo(inputs)
	if (locale === "uk") return uk_form_logo(inputs)
	return de_form_logo(inputs)
});