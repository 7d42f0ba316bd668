/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_Level_A1Inputs */

const de_german_level_a1 = /** @type {(inputs: German_Level_A1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A1 – erste Wörter`)
};

const en_german_level_a1 = /** @type {(inputs: German_Level_A1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A1 – first words`)
};

const tr_german_level_a1 = /** @type {(inputs: German_Level_A1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A1 – ilk kelimeler`)
};

const ar_german_level_a1 = /** @type {(inputs: German_Level_A1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A1 – كلمات أولى`)
};

const ru_german_level_a1 = /** @type {(inputs: German_Level_A1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A1 – первые слова`)
};

const uk_german_level_a1 = /** @type {(inputs: German_Level_A1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A1 – перші слова`)
};

/**
* | output |
* | --- |
* | "A1 – first words" |
*
* @param {German_Level_A1Inputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_level_a1 = /** @type {((inputs?: German_Level_A1Inputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_Level_A1Inputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_level_a1(inputs)
	if (locale === "tr") return tr_german_level_a1(inputs)
	if (locale === "ar") return ar_german_level_a1(inputs)
	if (locale === "ru") return ru_german_level_a1(inputs)
	if (locale === "uk") return uk_german_level_a1(inputs)
	return de_german_level_a1(inputs)
});