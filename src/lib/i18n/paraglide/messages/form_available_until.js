/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Available_UntilInputs */

const de_form_available_until = /** @type {(inputs: Form_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frei bis`)
};

const en_form_available_until = /** @type {(inputs: Form_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free until`)
};

const tr_form_available_until = /** @type {(inputs: Form_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şu tarihe kadar boş`)
};

const ar_form_available_until = /** @type {(inputs: Form_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متاح حتى`)
};

const ru_form_available_until = /** @type {(inputs: Form_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Свободно до`)
};

const uk_form_available_until = /** @type {(inputs: Form_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вільно до`)
};

/**
* | output |
* | --- |
* | "Free until" |
*
* @param {Form_Available_UntilInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_available_until = /** @type {((inputs?: Form_Available_UntilInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Available_UntilInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_available_until(inputs)
	if (locale === "tr") return tr_form_available_until(inputs)
	if (locale === "ar") return ar_form_available_until(inputs)
	if (locale === "ru") return ru_form_available_until(inputs)
	if (locale === "uk") return uk_form_available_until(inputs)
	return de_form_available_until(inputs)
});