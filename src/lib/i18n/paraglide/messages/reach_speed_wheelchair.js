/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Speed_WheelchairInputs */

const de_reach_speed_wheelchair = /** @type {(inputs: Reach_Speed_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tempo mit Rollstuhl / Kinderwagen`)
};

const en_reach_speed_wheelchair = /** @type {(inputs: Reach_Speed_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Speed with wheelchair / pram`)
};

const tr_reach_speed_wheelchair = /** @type {(inputs: Reach_Speed_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tekerlekli sandalye / bebek arabası ile hız`)
};

const ar_reach_speed_wheelchair = /** @type {(inputs: Reach_Speed_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`السرعة بالكرسي المتحرك / عربة الأطفال`)
};

const ru_reach_speed_wheelchair = /** @type {(inputs: Reach_Speed_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скорость с коляской`)
};

const uk_reach_speed_wheelchair = /** @type {(inputs: Reach_Speed_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Швидкість із візком`)
};

/**
* | output |
* | --- |
* | "Speed with wheelchair / pram" |
*
* @param {Reach_Speed_WheelchairInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_speed_wheelchair = /** @type {((inputs?: Reach_Speed_WheelchairInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Speed_WheelchairInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_speed_wheelchair(inputs)
	if (locale === "tr") return tr_reach_speed_wheelchair(inputs)
	if (locale === "ar") return ar_reach_speed_wheelchair(inputs)
	if (locale === "ru") return ru_reach_speed_wheelchair(inputs)
	if (locale === "uk") return uk_reach_speed_wheelchair(inputs)
	return de_reach_speed_wheelchair(inputs)
});