/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_WordsInputs */

const de_reach_words = /** @type {(inputs: Reach_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In Worten`)
};

const en_reach_words = /** @type {(inputs: Reach_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In words`)
};

const tr_reach_words = /** @type {(inputs: Reach_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sözle`)
};

const ar_reach_words = /** @type {(inputs: Reach_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بالكلمات`)
};

const ru_reach_words = /** @type {(inputs: Reach_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Словами`)
};

const uk_reach_words = /** @type {(inputs: Reach_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Словами`)
};

/**
* | output |
* | --- |
* | "In words" |
*
* @param {Reach_WordsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_words = /** @type {((inputs?: Reach_WordsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_WordsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_words(inputs)
	if (locale === "tr") return tr_reach_words(inputs)
	if (locale === "ar") return ar_reach_words(inputs)
	if (locale === "ru") return ru_reach_words(inputs)
	if (locale === "uk") return uk_reach_words(inputs)
	return de_reach_words(inputs)
});