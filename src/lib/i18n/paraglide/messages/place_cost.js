/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_CostInputs */

const de_place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kosten`)
};

const en_place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost`)
};

const tr_place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ücret`)
};

const ar_place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التكلفة`)
};

const ru_place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Стоимость`)
};

const uk_place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вартість`)
};

/**
* | output |
* | --- |
* | "Cost" |
*
* @param {Place_CostInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_cost = /** @type {((inputs?: Place_CostInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_CostInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_cost(inputs)
	if (locale === "tr") return tr_place_cost(inputs)
	if (locale === "ar") return ar_place_cost(inputs)
	if (locale === "ru") return ru_place_cost(inputs)
	if (locale === "uk") return uk_place_cost(inputs)
	return de_place_cost(inputs)
});