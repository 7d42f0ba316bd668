/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Space_Type_WorkshopInputs */

const de_space_type_workshop = /** @type {(inputs: Space_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Werkstatt`)
};

const en_space_type_workshop = /** @type {(inputs: Space_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workshop (craft)`)
};

const tr_space_type_workshop = /** @type {(inputs: Space_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Atölye (zanaat)`)
};

const ar_space_type_workshop = /** @type {(inputs: Space_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ورشة`)
};

const ru_space_type_workshop = /** @type {(inputs: Space_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мастерская`)
};

const uk_space_type_workshop = /** @type {(inputs: Space_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Майстерня`)
};

/**
* | output |
* | --- |
* | "Workshop (craft)" |
*
* @param {Space_Type_WorkshopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_type_workshop = /** @type {((inputs?: Space_Type_WorkshopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_Type_WorkshopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_space_type_workshop(inputs)
	if (locale === "tr") return tr_space_type_workshop(inputs)
	if (locale === "ar") return ar_space_type_workshop(inputs)
	if (locale === "ru") return ru_space_type_workshop(inputs)
	if (locale === "uk") return uk_space_type_workshop(inputs)
	return de_space_type_workshop(inputs)
});