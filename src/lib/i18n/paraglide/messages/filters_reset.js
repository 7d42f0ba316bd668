/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_ResetInputs */

const de_filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Filter löschen`)
};

const en_filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clear all filters`)
};

const tr_filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tüm filtreleri sil`)
};

const ar_filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حذف كل عوامل التصفية`)
};

const ru_filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сбросить все фильтры`)
};

const uk_filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скинути всі фільтри`)
};

/**
* | output |
* | --- |
* | "Clear all filters" |
*
* @param {Filters_ResetInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filters_reset = /** @type {((inputs?: Filters_ResetInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_ResetInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filters_reset(inputs)
	if (locale === "tr") return tr_filters_reset(inputs)
	if (locale === "ar") return ar_filters_reset(inputs)
	if (locale === "ru") return ru_filters_reset(inputs)
	if (locale === "uk") return uk_filters_reset(inputs)
	return de_filters_reset(inputs)
});