/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_My_LocationInputs */

const de_reach_my_location = /** @type {(inputs: Reach_My_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mein Standort`)
};

const en_reach_my_location = /** @type {(inputs: Reach_My_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My location`)
};

const tr_reach_my_location = /** @type {(inputs: Reach_My_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Konumum`)
};

const ar_reach_my_location = /** @type {(inputs: Reach_My_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`موقعي`)
};

const ru_reach_my_location = /** @type {(inputs: Reach_My_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Моё местоположение`)
};

const uk_reach_my_location = /** @type {(inputs: Reach_My_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Моє місцезнаходження`)
};

/**
* | output |
* | --- |
* | "My location" |
*
* @param {Reach_My_LocationInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_my_location = /** @type {((inputs?: Reach_My_LocationInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_My_LocationInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_my_location(inputs)
	if (locale === "tr") return tr_reach_my_location(inputs)
	if (locale === "ar") return ar_reach_my_location(inputs)
	if (locale === "ru") return ru_reach_my_location(inputs)
	if (locale === "uk") return uk_reach_my_location(inputs)
	return de_reach_my_location(inputs)
});