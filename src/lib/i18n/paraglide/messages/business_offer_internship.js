/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Offer_InternshipInputs */

const de_business_offer_internship = /** @type {(inputs: Business_Offer_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Praktikum`)
};

const en_business_offer_internship = /** @type {(inputs: Business_Offer_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Internship`)
};

const tr_business_offer_internship = /** @type {(inputs: Business_Offer_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staj`)
};

const ar_business_offer_internship = /** @type {(inputs: Business_Offer_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تدريب عملي`)
};

const ru_business_offer_internship = /** @type {(inputs: Business_Offer_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Практика`)
};

const uk_business_offer_internship = /** @type {(inputs: Business_Offer_InternshipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Практика`)
};

/**
* | output |
* | --- |
* | "Internship" |
*
* @param {Business_Offer_InternshipInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_offer_internship = /** @type {((inputs?: Business_Offer_InternshipInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Offer_InternshipInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_offer_internship(inputs)
	if (locale === "tr") return tr_business_offer_internship(inputs)
	if (locale === "ar") return ar_business_offer_internship(inputs)
	if (locale === "ru") return ru_business_offer_internship(inputs)
	if (locale === "uk") return uk_business_offer_internship(inputs)
	return de_business_offer_internship(inputs)
});