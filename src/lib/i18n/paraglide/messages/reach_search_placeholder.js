/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Search_PlaceholderInputs */

const de_reach_search_placeholder = /** @type {(inputs: Reach_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`z. B. Sennestadthaus`)
};

const en_reach_search_placeholder = /** @type {(inputs: Reach_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. Sennestadthaus`)
};

const tr_reach_search_placeholder = /** @type {(inputs: Reach_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`örn. Sennestadthaus`)
};

const ar_reach_search_placeholder = /** @type {(inputs: Reach_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مثلاً Sennestadthaus`)
};

const ru_reach_search_placeholder = /** @type {(inputs: Reach_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`напр. Sennestadthaus`)
};

const uk_reach_search_placeholder = /** @type {(inputs: Reach_Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`напр. Sennestadthaus`)
};

/**
* | output |
* | --- |
* | "e.g. Sennestadthaus" |
*
* @param {Reach_Search_PlaceholderInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_search_placeholder = /** @type {((inputs?: Reach_Search_PlaceholderInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Search_PlaceholderInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_search_placeholder(inputs)
	if (locale === "tr") return tr_reach_search_placeholder(inputs)
	if (locale === "ar") return ar_reach_search_placeholder(inputs)
	if (locale === "ru") return ru_reach_search_placeholder(inputs)
	if (locale === "uk") return uk_reach_search_placeholder(inputs)
	return de_reach_search_placeholder(inputs)
});