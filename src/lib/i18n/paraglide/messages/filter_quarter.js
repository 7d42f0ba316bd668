/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_QuarterInputs */

const de_filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quartier`)
};

const en_filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neighbourhood`)
};

const tr_filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mahalle`)
};

const ar_filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الحي`)
};

const ru_filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Район`)
};

const uk_filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Район`)
};

/**
* | output |
* | --- |
* | "Neighbourhood" |
*
* @param {Filter_QuarterInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_quarter = /** @type {((inputs?: Filter_QuarterInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_QuarterInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_quarter(inputs)
	if (locale === "tr") return tr_filter_quarter(inputs)
	if (locale === "ar") return ar_filter_quarter(inputs)
	if (locale === "ru") return ru_filter_quarter(inputs)
	if (locale === "uk") return uk_filter_quarter(inputs)
	return de_filter_quarter(inputs)
});