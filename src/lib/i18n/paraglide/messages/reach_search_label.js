/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Search_LabelInputs */

const de_reach_search_label = /** @type {(inputs: Reach_Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haltestelle oder Ort suchen`)
};

const en_reach_search_label = /** @type {(inputs: Reach_Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search for a stop or place`)
};

const tr_reach_search_label = /** @type {(inputs: Reach_Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Durak veya yer ara`)
};

const ar_reach_search_label = /** @type {(inputs: Reach_Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ابحث عن محطة أو مكان`)
};

const ru_reach_search_label = /** @type {(inputs: Reach_Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Искать остановку или место`)
};

const uk_reach_search_label = /** @type {(inputs: Reach_Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шукати зупинку або місце`)
};

/**
* | output |
* | --- |
* | "Search for a stop or place" |
*
* @param {Reach_Search_LabelInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_search_label = /** @type {((inputs?: Reach_Search_LabelInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Search_LabelInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_search_label(inputs)
	if (locale === "tr") return tr_reach_search_label(inputs)
	if (locale === "ar") return ar_reach_search_label(inputs)
	if (locale === "ru") return ru_reach_search_label(inputs)
	if (locale === "uk") return uk_reach_search_label(inputs)
	return de_reach_search_label(inputs)
});