/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Reach_Search_HitsInputs */

const de_reach_search_hits = /** @type {(inputs: Reach_Search_HitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Treffer: ${i?.count}`)
};

const en_reach_search_hits = /** @type {(inputs: Reach_Search_HitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Matches: ${i?.count}`)
};

const tr_reach_search_hits = /** @type {(inputs: Reach_Search_HitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sonuç: ${i?.count}`)
};

const ar_reach_search_hits = /** @type {(inputs: Reach_Search_HitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`النتائج: ${i?.count}`)
};

const ru_reach_search_hits = /** @type {(inputs: Reach_Search_HitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Найдено: ${i?.count}`)
};

const uk_reach_search_hits = /** @type {(inputs: Reach_Search_HitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Знайдено: ${i?.count}`)
};

/**
* | output |
* | --- |
* | "Matches: {count}" |
*
* @param {Reach_Search_HitsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_search_hits = /** @type {((inputs: Reach_Search_HitsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Search_HitsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_search_hits(inputs)
	if (locale === "tr") return tr_reach_search_hits(inputs)
	if (locale === "ar") return ar_reach_search_hits(inputs)
	if (locale === "ru") return ru_reach_search_hits(inputs)
	if (locale === "uk") return uk_reach_search_hits(inputs)
	return de_reach_search_hits(inputs)
});