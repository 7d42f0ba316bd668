/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ type: NonNullable<unknown> }} Business_Entry_New_HeadingInputs */

const de_business_entry_new_heading = /** @type {(inputs: Business_Entry_New_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Neu: ${i?.type}`)
};

const en_business_entry_new_heading = /** @type {(inputs: Business_Entry_New_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New: ${i?.type}`)
};

const tr_business_entry_new_heading = /** @type {(inputs: Business_Entry_New_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Yeni: ${i?.type}`)
};

const ar_business_entry_new_heading = /** @type {(inputs: Business_Entry_New_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`جديد: ${i?.type}`)
};

const ru_business_entry_new_heading = /** @type {(inputs: Business_Entry_New_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Новое: ${i?.type}`)
};

const uk_business_entry_new_heading = /** @type {(inputs: Business_Entry_New_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Нове: ${i?.type}`)
};

/**
* | output |
* | --- |
* | "New: {type}" |
*
* @param {Business_Entry_New_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_new_heading = /** @type {((inputs: Business_Entry_New_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_New_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_new_heading(inputs)
	if (locale === "tr") return tr_business_entry_new_heading(inputs)
	if (locale === "ar") return ar_business_entry_new_heading(inputs)
	if (locale === "ru") return ru_business_entry_new_heading(inputs)
	if (locale === "uk") return uk_business_entry_new_heading(inputs)
	return de_business_entry_new_heading(inputs)
});