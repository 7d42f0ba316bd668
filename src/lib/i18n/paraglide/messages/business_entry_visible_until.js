/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Business_Entry_Visible_UntilInputs */

const de_business_entry_visible_until = /** @type {(inputs: Business_Entry_Visible_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sichtbar bis ${i?.date}`)
};

const en_business_entry_visible_until = /** @type {(inputs: Business_Entry_Visible_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`visible until ${i?.date}`)
};

const tr_business_entry_visible_until = /** @type {(inputs: Business_Entry_Visible_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} tarihine kadar görünür`)
};

const ar_business_entry_visible_until = /** @type {(inputs: Business_Entry_Visible_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ظاهر حتى ${i?.date}`)
};

const ru_business_entry_visible_until = /** @type {(inputs: Business_Entry_Visible_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`видно до ${i?.date}`)
};

const uk_business_entry_visible_until = /** @type {(inputs: Business_Entry_Visible_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`видно до ${i?.date}`)
};

/**
* | output |
* | --- |
* | "visible until {date}" |
*
* @param {Business_Entry_Visible_UntilInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_visible_until = /** @type {((inputs: Business_Entry_Visible_UntilInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_Visible_UntilInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_visible_until(inputs)
	if (locale === "tr") return tr_business_entry_visible_until(inputs)
	if (locale === "ar") return ar_business_entry_visible_until(inputs)
	if (locale === "ru") return ru_business_entry_visible_until(inputs)
	if (locale === "uk") return uk_business_entry_visible_until(inputs)
	return de_business_entry_visible_until(inputs)
});