/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Space_Type_OfficeInputs */

const de_space_type_office = /** @type {(inputs: Space_Type_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Büro`)
};

const en_space_type_office = /** @type {(inputs: Space_Type_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Office`)
};

const tr_space_type_office = /** @type {(inputs: Space_Type_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ofis`)
};

const ar_space_type_office = /** @type {(inputs: Space_Type_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مكتب`)
};

const ru_space_type_office = /** @type {(inputs: Space_Type_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Офис`)
};

const uk_space_type_office = /** @type {(inputs: Space_Type_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Офіс`)
};

/**
* | output |
* | --- |
* | "Office" |
*
* @param {Space_Type_OfficeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_type_office = /** @type {((inputs?: Space_Type_OfficeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_Type_OfficeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_space_type_office(inputs)
	if (locale === "tr") return tr_space_type_office(inputs)
	if (locale === "ar") return ar_space_type_office(inputs)
	if (locale === "ru") return ru_space_type_office(inputs)
	if (locale === "uk") return uk_space_type_office(inputs)
	return de_space_type_office(inputs)
});