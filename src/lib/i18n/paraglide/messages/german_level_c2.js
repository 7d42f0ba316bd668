/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_Level_C2Inputs */

const de_german_level_c2 = /** @type {(inputs: German_Level_C2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C2 – fast muttersprachlich`)
};

const en_german_level_c2 = /** @type {(inputs: German_Level_C2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C2 – almost native`)
};

const tr_german_level_c2 = /** @type {(inputs: German_Level_C2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C2 – neredeyse ana dil`)
};

const ar_german_level_c2 = /** @type {(inputs: German_Level_C2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C2 – شبه لغة أم`)
};

const ru_german_level_c2 = /** @type {(inputs: German_Level_C2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C2 – почти как родной`)
};

const uk_german_level_c2 = /** @type {(inputs: German_Level_C2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C2 – майже як рідна`)
};

/**
* | output |
* | --- |
* | "C2 – almost native" |
*
* @param {German_Level_C2Inputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_level_c2 = /** @type {((inputs?: German_Level_C2Inputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_Level_C2Inputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_level_c2(inputs)
	if (locale === "tr") return tr_german_level_c2(inputs)
	if (locale === "ar") return ar_german_level_c2(inputs)
	if (locale === "ru") return ru_german_level_c2(inputs)
	if (locale === "uk") return uk_german_level_c2(inputs)
	return de_german_level_c2(inputs)
});