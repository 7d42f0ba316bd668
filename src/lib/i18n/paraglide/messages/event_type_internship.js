/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Type_InternshipInputs */

const de_event_type_internship = /** @type {(inputs: Event_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Praktikum`)
};

const en_event_type_internship = /** @type {(inputs: Event_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Internship`)
};

const tr_event_type_internship = /** @type {(inputs: Event_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staj`)
};

const ar_event_type_internship = /** @type {(inputs: Event_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تدريب عملي`)
};

const ru_event_type_internship = /** @type {(inputs: Event_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Практика`)
};

const uk_event_type_internship = /** @type {(inputs: Event_Type_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Практика`)
};

/**
* | output |
* | --- |
* | "Internship" |
*
* @param {Event_Type_InternshipInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_type_internship = /** @type {((inputs?: Event_Type_InternshipInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Type_InternshipInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_event_type_internship(inputs)
	if (locale === "tr") return tr_event_type_internship(inputs)
	if (locale === "ar") return ar_event_type_internship(inputs)
	if (locale === "ru") return ru_event_type_internship(inputs)
	if (locale === "uk") return uk_event_type_internship(inputs)
	return de_event_type_internship(inputs)
});