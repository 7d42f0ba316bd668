/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_Level_B1Inputs */

const de_german_level_b1 = /** @type {(inputs: German_Level_B1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B1 – Alltag sicher`)
};

const en_german_level_b1 = /** @type {(inputs: German_Level_B1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B1 – sure in daily life`)
};

const tr_german_level_b1 = /** @type {(inputs: German_Level_B1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B1 – günlük hayatta rahat`)
};

const ar_german_level_b1 = /** @type {(inputs: German_Level_B1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B1 – واثق في الحياة اليومية`)
};

const ru_german_level_b1 = /** @type {(inputs: German_Level_B1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B1 – уверенно в быту`)
};

const uk_german_level_b1 = /** @type {(inputs: German_Level_B1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B1 – впевнено в побуті`)
};

/**
* | output |
* | --- |
* | "B1 – sure in daily life" |
*
* @param {German_Level_B1Inputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_level_b1 = /** @type {((inputs?: German_Level_B1Inputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_Level_B1Inputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_level_b1(inputs)
	if (locale === "tr") return tr_german_level_b1(inputs)
	if (locale === "ar") return ar_german_level_b1(inputs)
	if (locale === "ru") return ru_german_level_b1(inputs)
	if (locale === "uk") return uk_german_level_b1(inputs)
	return de_german_level_b1(inputs)
});