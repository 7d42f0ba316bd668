/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Space_Type_OtherInputs */

const de_space_type_other = /** @type {(inputs: Space_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonstiges`)
};

const en_space_type_other = /** @type {(inputs: Space_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other`)
};

const tr_space_type_other = /** @type {(inputs: Space_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diğer`)
};

const ar_space_type_other = /** @type {(inputs: Space_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أخرى`)
};

const ru_space_type_other = /** @type {(inputs: Space_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Другое`)
};

const uk_space_type_other = /** @type {(inputs: Space_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Інше`)
};

/**
* | output |
* | --- |
* | "Other" |
*
* @param {Space_Type_OtherInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_type_other = /** @type {((inputs?: Space_Type_OtherInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_Type_OtherInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_space_type_other(inputs)
	if (locale === "tr") return tr_space_type_other(inputs)
	if (locale === "ar") return ar_space_type_other(inputs)
	if (locale === "ru") return ru_space_type_other(inputs)
	if (locale === "uk") return uk_space_type_other(inputs)
	return de_space_type_other(inputs)
});