/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Entry_Type_InternshipInputs */

const de_entry_type_internship = /** @type {(inputs: Entry_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Praktikum`)
};

const en_entry_type_internship = /** @type {(inputs: Entry_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Internship`)
};

const tr_entry_type_internship = /** @type {(inputs: Entry_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staj`)
};

const ar_entry_type_internship = /** @type {(inputs: Entry_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تدريب عملي`)
};

const ru_entry_type_internship = /** @type {(inputs: Entry_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Практика`)
};

const uk_entry_type_internship = /** @type {(inputs: Entry_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Практика`)
};

/**
* | output |
* | --- |
* | "Internship" |
*
* @param {Entry_Type_InternshipInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const entry_type_internship = /** @type {((inputs?: Entry_Type_InternshipInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Entry_Type_InternshipInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_entry_type_internship(inputs)
	if (locale === "tr") return tr_entry_type_internship(inputs)
	if (locale === "ar") return ar_entry_type_internship(inputs)
	if (locale === "ru") return ru_entry_type_internship(inputs)
	if (locale === "uk") return uk_entry_type_internship(inputs)
	return de_entry_type_internship(inputs)
});