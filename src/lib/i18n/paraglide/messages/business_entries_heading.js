/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entries_HeadingInputs */

const de_business_entries_heading = /** @type {(inputs: Business_Entries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Einträge`)
};

const en_business_entries_heading = /** @type {(inputs: Business_Entries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your entries`)
};

const tr_business_entries_heading = /** @type {(inputs: Business_Entries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kayıtlarınız`)
};

const ar_business_entries_heading = /** @type {(inputs: Business_Entries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إدخالاتك`)
};

const ru_business_entries_heading = /** @type {(inputs: Business_Entries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваши записи`)
};

const uk_business_entries_heading = /** @type {(inputs: Business_Entries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваші записи`)
};

/**
* | output |
* | --- |
* | "Your entries" |
*
* @param {Business_Entries_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entries_heading = /** @type {((inputs?: Business_Entries_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entries_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entries_heading(inputs)
	if (locale === "tr") return tr_business_entries_heading(inputs)
	if (locale === "ar") return ar_business_entries_heading(inputs)
	if (locale === "ru") return ru_business_entries_heading(inputs)
	if (locale === "uk") return uk_business_entries_heading(inputs)
	return de_business_entries_heading(inputs)
});