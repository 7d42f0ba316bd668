/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_SubmitInputs */

const de_search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suchen`)
};

const en_search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

const tr_search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ara`)
};

const ar_search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بحث`)
};

const ru_search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Искать`)
};

const uk_search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шукати`)
};

/**
* | output |
* | --- |
* | "Search" |
*
* @param {Search_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const search_submit = /** @type {((inputs?: Search_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_search_submit(inputs)
	if (locale === "tr") return tr_search_submit(inputs)
	if (locale === "ar") return ar_search_submit(inputs)
	if (locale === "ru") return ru_search_submit(inputs)
	if (locale === "uk") return uk_search_submit(inputs)
	return de_search_submit(inputs)
});