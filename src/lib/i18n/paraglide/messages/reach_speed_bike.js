/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Speed_BikeInputs */

const de_reach_speed_bike = /** @type {(inputs: Reach_Speed_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Radtempo`)
};

const en_reach_speed_bike = /** @type {(inputs: Reach_Speed_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cycling speed`)
};

const tr_reach_speed_bike = /** @type {(inputs: Reach_Speed_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bisiklet hızı`)
};

const ar_reach_speed_bike = /** @type {(inputs: Reach_Speed_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`سرعة الدراجة`)
};

const ru_reach_speed_bike = /** @type {(inputs: Reach_Speed_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скорость на велосипеде`)
};

const uk_reach_speed_bike = /** @type {(inputs: Reach_Speed_BikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Швидкість на велосипеді`)
};

/**
* | output |
* | --- |
* | "Cycling speed" |
*
* @param {Reach_Speed_BikeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_speed_bike = /** @type {((inputs?: Reach_Speed_BikeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Speed_BikeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_speed_bike(inputs)
	if (locale === "tr") return tr_reach_speed_bike(inputs)
	if (locale === "ar") return ar_reach_speed_bike(inputs)
	if (locale === "ru") return ru_reach_speed_bike(inputs)
	if (locale === "uk") return uk_reach_speed_bike(inputs)
	return de_reach_speed_bike(inputs)
});