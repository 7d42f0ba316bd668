/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_StartsInputs */

const de_form_starts = /** @type {(inputs: Form_StartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beginnt`)
};

const en_form_starts = /** @type {(inputs: Form_StartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starts`)
};

const tr_form_starts = /** @type {(inputs: Form_StartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Başlıyor`)
};

const ar_form_starts = /** @type {(inputs: Form_StartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يبدأ`)
};

const ru_form_starts = /** @type {(inputs: Form_StartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Начинается`)
};

const uk_form_starts = /** @type {(inputs: Form_StartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Починається`)
};

/**
* | output |
* | --- |
* | "Starts" |
*
* @param {Form_StartsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_starts = /** @type {((inputs?: Form_StartsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_StartsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_starts(inputs)
	if (locale === "tr") return tr_form_starts(inputs)
	if (locale === "ar") return ar_form_starts(inputs)
	if (locale === "ru") return ru_form_starts(inputs)
	if (locale === "uk") return uk_form_starts(inputs)
	return de_form_starts(inputs)
});