/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_LanguagesInputs */

const de_place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprachen vor Ort`)
};

const en_place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Languages spoken`)
};

const tr_place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Konuşulan diller`)
};

const ar_place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اللغات في المكان`)
};

const ru_place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Языки на месте`)
};

const uk_place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мови на місці`)
};

/**
* | output |
* | --- |
* | "Languages spoken" |
*
* @param {Place_LanguagesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_languages = /** @type {((inputs?: Place_LanguagesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_LanguagesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_languages(inputs)
	if (locale === "tr") return tr_place_languages(inputs)
	if (locale === "ar") return ar_place_languages(inputs)
	if (locale === "ru") return ru_place_languages(inputs)
	if (locale === "uk") return uk_place_languages(inputs)
	return de_place_languages(inputs)
});