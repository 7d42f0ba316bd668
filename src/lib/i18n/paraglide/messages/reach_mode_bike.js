/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Mode_BikeInputs */

const de_reach_mode_bike = /** @type {(inputs: Reach_Mode_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fahrrad`)
};

const en_reach_mode_bike = /** @type {(inputs: Reach_Mode_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bicycle`)
};

const tr_reach_mode_bike = /** @type {(inputs: Reach_Mode_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bisiklet`)
};

const ar_reach_mode_bike = /** @type {(inputs: Reach_Mode_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دراجة`)
};

const ru_reach_mode_bike = /** @type {(inputs: Reach_Mode_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Велосипед`)
};

const uk_reach_mode_bike = /** @type {(inputs: Reach_Mode_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Велосипед`)
};

/**
* | output |
* | --- |
* | "Bicycle" |
*
* @param {Reach_Mode_BikeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_mode_bike = /** @type {((inputs?: Reach_Mode_BikeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Mode_BikeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_mode_bike(inputs)
	if (locale === "tr") return tr_reach_mode_bike(inputs)
	if (locale === "ar") return ar_reach_mode_bike(inputs)
	if (locale === "ru") return ru_reach_mode_bike(inputs)
	if (locale === "uk") return uk_reach_mode_bike(inputs)
	return de_reach_mode_bike(inputs)
});