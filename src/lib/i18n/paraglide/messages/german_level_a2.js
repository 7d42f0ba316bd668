/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_Level_A2Inputs */

const de_german_level_a2 = /** @type {(inputs: German_Level_A2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A2 – einfache Gespräche`)
};

const en_german_level_a2 = /** @type {(inputs: German_Level_A2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A2 – simple talks`)
};

const tr_german_level_a2 = /** @type {(inputs: German_Level_A2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A2 – basit konuşmalar`)
};

const ar_german_level_a2 = /** @type {(inputs: German_Level_A2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A2 – محادثات بسيطة`)
};

const ru_german_level_a2 = /** @type {(inputs: German_Level_A2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A2 – простые разговоры`)
};

const uk_german_level_a2 = /** @type {(inputs: German_Level_A2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A2 – прості розмови`)
};

/**
* | output |
* | --- |
* | "A2 – simple talks" |
*
* @param {German_Level_A2Inputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_level_a2 = /** @type {((inputs?: German_Level_A2Inputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_Level_A2Inputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_level_a2(inputs)
	if (locale === "tr") return tr_german_level_a2(inputs)
	if (locale === "ar") return ar_german_level_a2(inputs)
	if (locale === "ru") return ru_german_level_a2(inputs)
	if (locale === "uk") return uk_german_level_a2(inputs)
	return de_german_level_a2(inputs)
});