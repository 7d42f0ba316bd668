/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_TitleInputs */

const de_business_title = /** @type {(inputs: Business_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mein Betrieb`)
};

const en_business_title = /** @type {(inputs: Business_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My business`)
};

const tr_business_title = /** @type {(inputs: Business_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletmem`)
};

const ar_business_title = /** @type {(inputs: Business_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`منشأتي`)
};

const ru_business_title = /** @type {(inputs: Business_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Моё предприятие`)
};

const uk_business_title = /** @type {(inputs: Business_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Моє підприємство`)
};

/**
* | output |
* | --- |
* | "My business" |
*
* @param {Business_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_title = /** @type {((inputs?: Business_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_title(inputs)
	if (locale === "tr") return tr_business_title(inputs)
	if (locale === "ar") return ar_business_title(inputs)
	if (locale === "ru") return ru_business_title(inputs)
	if (locale === "uk") return uk_business_title(inputs)
	return de_business_title(inputs)
});