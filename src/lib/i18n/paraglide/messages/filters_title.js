/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_TitleInputs */

const de_filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter`)
};

const en_filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filters`)
};

const tr_filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtreler`)
};

const ar_filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تصفية`)
};

const ru_filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фильтры`)
};

const uk_filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фільтри`)
};

/**
* | output |
* | --- |
* | "Filters" |
*
* @param {Filters_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filters_title = /** @type {((inputs?: Filters_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filters_title(inputs)
	if (locale === "tr") return tr_filters_title(inputs)
	if (locale === "ar") return ar_filters_title(inputs)
	if (locale === "ru") return ru_filters_title(inputs)
	if (locale === "uk") return uk_filters_title(inputs)
	return de_filters_title(inputs)
});