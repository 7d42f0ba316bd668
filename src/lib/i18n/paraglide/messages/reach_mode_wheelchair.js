/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Mode_WheelchairInputs */

const de_reach_mode_wheelchair = /** @type {(inputs: Reach_Mode_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rollstuhl / Kinderwagen`)
};

const en_reach_mode_wheelchair = /** @type {(inputs: Reach_Mode_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wheelchair / pram`)
};

const tr_reach_mode_wheelchair = /** @type {(inputs: Reach_Mode_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tekerlekli sandalye / bebek arabası`)
};

const ar_reach_mode_wheelchair = /** @type {(inputs: Reach_Mode_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كرسي متحرك / عربة أطفال`)
};

const ru_reach_mode_wheelchair = /** @type {(inputs: Reach_Mode_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коляска (инвалидная / детская)`)
};

const uk_reach_mode_wheelchair = /** @type {(inputs: Reach_Mode_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Візок (інвалідний / дитячий)`)
};

/**
* | output |
* | --- |
* | "Wheelchair / pram" |
*
* @param {Reach_Mode_WheelchairInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_mode_wheelchair = /** @type {((inputs?: Reach_Mode_WheelchairInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Mode_WheelchairInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_mode_wheelchair(inputs)
	if (locale === "tr") return tr_reach_mode_wheelchair(inputs)
	if (locale === "ar") return ar_reach_mode_wheelchair(inputs)
	if (locale === "ru") return ru_reach_mode_wheelchair(inputs)
	if (locale === "uk") return uk_reach_mode_wheelchair(inputs)
	return de_reach_mode_wheelchair(inputs)
});