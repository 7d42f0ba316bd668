/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Logo_CurrentInputs */

const de_form_logo_current = /** @type {(inputs: Form_Logo_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktuelles Logo`)
};

const en_form_logo_current = /** @type {(inputs: Form_Logo_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Current logo`)
};

const tr_form_logo_current = /** @type {(inputs: Form_Logo_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şu anki logo`)
};

const ar_form_logo_current = /** @type {(inputs: Form_Logo_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الشعار الحالي`)
};

const ru_form_logo_current = /** @type {(inputs: Form_Logo_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Текущий логотип`)
};

const uk_form_logo_current = /** @type {(inputs: Form_Logo_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поточний логотип`)
};

/**
* | output |
* | --- |
* | "Current logo" |
*
* @param {Form_Logo_CurrentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_logo_current = /** @type {((inputs?: Form_Logo_CurrentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Logo_CurrentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_logo_current(inputs)
	if (locale === "tr") return tr_form_logo_current(inputs)
	if (locale === "ar") return ar_form_logo_current(inputs)
	if (locale === "ru") return ru_form_logo_current(inputs)
	if (locale === "uk") return uk_form_logo_current(inputs)
	return de_form_logo_current(inputs)
});