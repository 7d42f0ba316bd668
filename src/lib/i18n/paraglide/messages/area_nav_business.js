/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Area_Nav_BusinessInputs */

const de_area_nav_business = /** @type {(inputs: Area_Nav_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mein Betrieb`)
};

const en_area_nav_business = /** @type {(inputs: Area_Nav_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My business`)
};

const tr_area_nav_business = /** @type {(inputs: Area_Nav_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletmem`)
};

const ar_area_nav_business = /** @type {(inputs: Area_Nav_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`منشأتي`)
};

const ru_area_nav_business = /** @type {(inputs: Area_Nav_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Моё предприятие`)
};

const uk_area_nav_business = /** @type {(inputs: Area_Nav_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Моє підприємство`)
};

/**
* | output |
* | --- |
* | "My business" |
*
* @param {Area_Nav_BusinessInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const area_nav_business = /** @type {((inputs?: Area_Nav_BusinessInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Nav_BusinessInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_area_nav_business(inputs)
	if (locale === "tr") return tr_area_nav_business(inputs)
	if (locale === "ar") return ar_area_nav_business(inputs)
	if (locale === "ru") return ru_area_nav_business(inputs)
	if (locale === "uk") return uk_area_nav_business(inputs)
	return de_area_nav_business(inputs)
});