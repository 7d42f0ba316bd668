/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Valid_ThroughInputs */

const de_form_valid_through = /** @type {(inputs: Form_Valid_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sichtbar bis`)
};

const en_form_valid_through = /** @type {(inputs: Form_Valid_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visible until`)
};

const tr_form_valid_through = /** @type {(inputs: Form_Valid_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şu tarihe kadar görünür`)
};

const ar_form_valid_through = /** @type {(inputs: Form_Valid_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ظاهر حتى`)
};

const ru_form_valid_through = /** @type {(inputs: Form_Valid_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Видно до`)
};

const uk_form_valid_through = /** @type {(inputs: Form_Valid_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Видно до`)
};

/**
* | output |
* | --- |
* | "Visible until" |
*
* @param {Form_Valid_ThroughInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_valid_through = /** @type {((inputs?: Form_Valid_ThroughInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Valid_ThroughInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_valid_through(inputs)
	if (locale === "tr") return tr_form_valid_through(inputs)
	if (locale === "ar") return ar_form_valid_through(inputs)
	if (locale === "ru") return ru_form_valid_through(inputs)
	if (locale === "uk") return uk_form_valid_through(inputs)
	return de_form_valid_through(inputs)
});