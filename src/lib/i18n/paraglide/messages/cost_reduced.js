/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cost_ReducedInputs */

const de_cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ermäßigt`)
};

const en_cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`reduced`)
};

const tr_cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`indirimli`)
};

const ar_cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مخفّض`)
};

const ru_cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`со скидкой`)
};

const uk_cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зі знижкою`)
};

/**
* | output |
* | --- |
* | "reduced" |
*
* @param {Cost_ReducedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const cost_reduced = /** @type {((inputs?: Cost_ReducedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cost_ReducedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_cost_reduced(inputs)
	if (locale === "tr") return tr_cost_reduced(inputs)
	if (locale === "ar") return ar_cost_reduced(inputs)
	if (locale === "ru") return ru_cost_reduced(inputs)
	if (locale === "uk") return uk_cost_reduced(inputs)
	return de_cost_reduced(inputs)
});