/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_TitleInputs */

const de_legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legende`)
};

const en_legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legend`)
};

const tr_legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Açıklama`)
};

const ar_legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مفتاح الخريطة`)
};

const ru_legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Условные обозначения`)
};

const uk_legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Умовні позначення`)
};

/**
* | output |
* | --- |
* | "Legend" |
*
* @param {Legend_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_title = /** @type {((inputs?: Legend_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_legend_title(inputs)
	if (locale === "tr") return tr_legend_title(inputs)
	if (locale === "ar") return ar_legend_title(inputs)
	if (locale === "ru") return ru_legend_title(inputs)
	if (locale === "uk") return uk_legend_title(inputs)
	return de_legend_title(inputs)
});