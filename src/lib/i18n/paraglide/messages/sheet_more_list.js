/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sheet_More_ListInputs */

const de_sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liste vergrößern`)
};

const en_sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bigger list`)
};

const tr_sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listeyi büyüt`)
};

const ar_sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تكبير القائمة`)
};

const ru_sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Больше список`)
};

const uk_sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Більший список`)
};

/**
* | output |
* | --- |
* | "Bigger list" |
*
* @param {Sheet_More_ListInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const sheet_more_list = /** @type {((inputs?: Sheet_More_ListInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sheet_More_ListInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_sheet_more_list(inputs)
	if (locale === "tr") return tr_sheet_more_list(inputs)
	if (locale === "ar") return ar_sheet_more_list(inputs)
	if (locale === "ru") return ru_sheet_more_list(inputs)
	if (locale === "uk") return uk_sheet_more_list(inputs)
	return de_sheet_more_list(inputs)
});