/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_Level_NoneInputs */

const de_german_level_none = /** @type {(inputs: German_Level_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Deutschkenntnisse nötig`)
};

const en_german_level_none = /** @type {(inputs: German_Level_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No German needed`)
};

const tr_german_level_none = /** @type {(inputs: German_Level_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Almanca gerekmez`)
};

const ar_german_level_none = /** @type {(inputs: German_Level_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا حاجة إلى الألمانية`)
};

const ru_german_level_none = /** @type {(inputs: German_Level_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Немецкий не нужен`)
};

const uk_german_level_none = /** @type {(inputs: German_Level_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Німецька не потрібна`)
};

/**
* | output |
* | --- |
* | "No German needed" |
*
* @param {German_Level_NoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_level_none = /** @type {((inputs?: German_Level_NoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_Level_NoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_level_none(inputs)
	if (locale === "tr") return tr_german_level_none(inputs)
	if (locale === "ar") return ar_german_level_none(inputs)
	if (locale === "ru") return ru_german_level_none(inputs)
	if (locale === "uk") return uk_german_level_none(inputs)
	return de_german_level_none(inputs)
});