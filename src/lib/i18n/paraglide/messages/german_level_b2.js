/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_Level_B2Inputs */

const de_german_level_b2 = /** @type {(inputs: German_Level_B2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B2 – gut`)
};

const en_german_level_b2 = /** @type {(inputs: German_Level_B2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B2 – good`)
};

const tr_german_level_b2 = /** @type {(inputs: German_Level_B2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B2 – iyi`)
};

const ar_german_level_b2 = /** @type {(inputs: German_Level_B2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B2 – جيد`)
};

const ru_german_level_b2 = /** @type {(inputs: German_Level_B2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B2 – хорошо`)
};

const uk_german_level_b2 = /** @type {(inputs: German_Level_B2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B2 – добре`)
};

/**
* | output |
* | --- |
* | "B2 – good" |
*
* @param {German_Level_B2Inputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_level_b2 = /** @type {((inputs?: German_Level_B2Inputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_Level_B2Inputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_level_b2(inputs)
	if (locale === "tr") return tr_german_level_b2(inputs)
	if (locale === "ar") return ar_german_level_b2(inputs)
	if (locale === "ru") return ru_german_level_b2(inputs)
	if (locale === "uk") return uk_german_level_b2(inputs)
	return de_german_level_b2(inputs)
});