/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_BackInputs */

const de_business_back = /** @type {(inputs: Business_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Mein Betrieb`)
};

const en_business_back = /** @type {(inputs: Business_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← My business`)
};

const tr_business_back = /** @type {(inputs: Business_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← İşletmem`)
};

const ar_business_back = /** @type {(inputs: Business_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`→ منشأتي`)
};

const ru_business_back = /** @type {(inputs: Business_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Моё предприятие`)
};

const uk_business_back = /** @type {(inputs: Business_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Моє підприємство`)
};

/**
* | output |
* | --- |
* | "← My business" |
*
* @param {Business_BackInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_back = /** @type {((inputs?: Business_BackInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_BackInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_back(inputs)
	if (locale === "tr") return tr_business_back(inputs)
	if (locale === "ar") return ar_business_back(inputs)
	if (locale === "ru") return ru_business_back(inputs)
	if (locale === "uk") return uk_business_back(inputs)
	return de_business_back(inputs)
});