/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_AreaInputs */

const de_form_area = /** @type {(inputs: Form_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fläche (m²)`)
};

const en_form_area = /** @type {(inputs: Form_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Area (m²)`)
};

const tr_form_area = /** @type {(inputs: Form_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alan (m²)`)
};

const ar_form_area = /** @type {(inputs: Form_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المساحة (م²)`)
};

const ru_form_area = /** @type {(inputs: Form_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Площадь (м²)`)
};

const uk_form_area = /** @type {(inputs: Form_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Площа (м²)`)
};

/**
* | output |
* | --- |
* | "Area (m²)" |
*
* @param {Form_AreaInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_area = /** @type {((inputs?: Form_AreaInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_AreaInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_area(inputs)
	if (locale === "tr") return tr_form_area(inputs)
	if (locale === "ar") return ar_form_area(inputs)
	if (locale === "ru") return ru_form_area(inputs)
	if (locale === "uk") return uk_form_area(inputs)
	return de_form_area(inputs)
});