/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_QuarterInputs */

const de_legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quartiersgrenze`)
};

const en_legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neighbourhood boundary`)
};

const tr_legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mahalle sınırı`)
};

const ar_legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حدود الحي`)
};

const ru_legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Граница района`)
};

const uk_legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Межа району`)
};

/**
* | output |
* | --- |
* | "Neighbourhood boundary" |
*
* @param {Legend_QuarterInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_quarter = /** @type {((inputs?: Legend_QuarterInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_QuarterInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_legend_quarter(inputs)
	if (locale === "tr") return tr_legend_quarter(inputs)
	if (locale === "ar") return ar_legend_quarter(inputs)
	if (locale === "ru") return ru_legend_quarter(inputs)
	if (locale === "uk") return uk_legend_quarter(inputs)
	return de_legend_quarter(inputs)
});