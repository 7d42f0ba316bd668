/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Available_FromInputs */

const de_form_available_from = /** @type {(inputs: Form_Available_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frei ab`)
};

const en_form_available_from = /** @type {(inputs: Form_Available_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free from`)
};

const tr_form_available_from = /** @type {(inputs: Form_Available_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şu tarihten boş`)
};

const ar_form_available_from = /** @type {(inputs: Form_Available_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متاح من`)
};

const ru_form_available_from = /** @type {(inputs: Form_Available_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Свободно с`)
};

const uk_form_available_from = /** @type {(inputs: Form_Available_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вільно з`)
};

/**
* | output |
* | --- |
* | "Free from" |
*
* @param {Form_Available_FromInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_available_from = /** @type {((inputs?: Form_Available_FromInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Available_FromInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_available_from(inputs)
	if (locale === "tr") return tr_form_available_from(inputs)
	if (locale === "ar") return ar_form_available_from(inputs)
	if (locale === "ru") return ru_form_available_from(inputs)
	if (locale === "uk") return uk_form_available_from(inputs)
	return de_form_available_from(inputs)
});