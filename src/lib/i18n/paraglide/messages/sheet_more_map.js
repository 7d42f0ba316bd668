/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sheet_More_MapInputs */

const de_sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte vergrößern`)
};

const en_sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bigger map`)
};

const tr_sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haritayı büyüt`)
};

const ar_sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تكبير الخريطة`)
};

const ru_sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Больше карта`)
};

const uk_sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Більша карта`)
};

/**
* | output |
* | --- |
* | "Bigger map" |
*
* @param {Sheet_More_MapInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const sheet_more_map = /** @type {((inputs?: Sheet_More_MapInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sheet_More_MapInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_sheet_more_map(inputs)
	if (locale === "tr") return tr_sheet_more_map(inputs)
	if (locale === "ar") return ar_sheet_more_map(inputs)
	if (locale === "ru") return ru_sheet_more_map(inputs)
	if (locale === "uk") return uk_sheet_more_map(inputs)
	return de_sheet_more_map(inputs)
});