/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_ApplyInputs */

const de_filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwenden`)
};

const en_filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Apply`)
};

const tr_filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uygula`)
};

const ar_filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تطبيق`)
};

const ru_filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Применить`)
};

const uk_filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Застосувати`)
};

/**
* | output |
* | --- |
* | "Apply" |
*
* @param {Filters_ApplyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filters_apply = /** @type {((inputs?: Filters_ApplyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_ApplyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filters_apply(inputs)
	if (locale === "tr") return tr_filters_apply(inputs)
	if (locale === "ar") return ar_filters_apply(inputs)
	if (locale === "ru") return ru_filters_apply(inputs)
	if (locale === "uk") return uk_filters_apply(inputs)
	return de_filters_apply(inputs)
});