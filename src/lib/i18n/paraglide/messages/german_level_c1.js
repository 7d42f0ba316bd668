/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_Level_C1Inputs */

const de_german_level_c1 = /** @type {(inputs: German_Level_C1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C1 – sehr gut`)
};

const en_german_level_c1 = /** @type {(inputs: German_Level_C1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C1 – very good`)
};

const tr_german_level_c1 = /** @type {(inputs: German_Level_C1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C1 – çok iyi`)
};

const ar_german_level_c1 = /** @type {(inputs: German_Level_C1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C1 – جيد جدًا`)
};

const ru_german_level_c1 = /** @type {(inputs: German_Level_C1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C1 – очень хорошо`)
};

const uk_german_level_c1 = /** @type {(inputs: German_Level_C1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C1 – дуже добре`)
};

/**
* | output |
* | --- |
* | "C1 – very good" |
*
* @param {German_Level_C1Inputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_level_c1 = /** @type {((inputs?: German_Level_C1Inputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_Level_C1Inputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_level_c1(inputs)
	if (locale === "tr") return tr_german_level_c1(inputs)
	if (locale === "ar") return ar_german_level_c1(inputs)
	if (locale === "ru") return ru_german_level_c1(inputs)
	if (locale === "uk") return uk_german_level_c1(inputs)
	return de_german_level_c1(inputs)
});