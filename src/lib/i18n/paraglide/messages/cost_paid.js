/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cost_PaidInputs */

const de_cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kostenpflichtig`)
};

const en_cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`paid`)
};

const tr_cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ücretli`)
};

const ar_cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مدفوع`)
};

const ru_cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`платно`)
};

const uk_cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`платно`)
};

/**
* | output |
* | --- |
* | "paid" |
*
* @param {Cost_PaidInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const cost_paid = /** @type {((inputs?: Cost_PaidInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cost_PaidInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_cost_paid(inputs)
	if (locale === "tr") return tr_cost_paid(inputs)
	if (locale === "ar") return ar_cost_paid(inputs)
	if (locale === "ru") return ru_cost_paid(inputs)
	if (locale === "uk") return uk_cost_paid(inputs)
	return de_cost_paid(inputs)
});