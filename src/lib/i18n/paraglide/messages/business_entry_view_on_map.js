/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_View_On_MapInputs */

const de_business_entry_view_on_map = /** @type {(inputs: Business_Entry_View_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`auf der Karte ansehen`)
};

const en_business_entry_view_on_map = /** @type {(inputs: Business_Entry_View_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`see it on the map`)
};

const tr_business_entry_view_on_map = /** @type {(inputs: Business_Entry_View_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`haritada görün`)
};

const ar_business_entry_view_on_map = /** @type {(inputs: Business_Entry_View_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`شاهده على الخريطة`)
};

const ru_business_entry_view_on_map = /** @type {(inputs: Business_Entry_View_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`посмотреть на карте`)
};

const uk_business_entry_view_on_map = /** @type {(inputs: Business_Entry_View_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`переглянути на карті`)
};

/**
* | output |
* | --- |
* | "see it on the map" |
*
* @param {Business_Entry_View_On_MapInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_view_on_map = /** @type {((inputs?: Business_Entry_View_On_MapInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_View_On_MapInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_view_on_map(inputs)
	if (locale === "tr") return tr_business_entry_view_on_map(inputs)
	if (locale === "ar") return ar_business_entry_view_on_map(inputs)
	if (locale === "ru") return ru_business_entry_view_on_map(inputs)
	if (locale === "uk") return uk_business_entry_view_on_map(inputs)
	return de_business_entry_view_on_map(inputs)
});