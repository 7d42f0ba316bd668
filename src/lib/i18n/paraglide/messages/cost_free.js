/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cost_FreeInputs */

const de_cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kostenlos`)
};

const en_cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`free`)
};

const tr_cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ücretsiz`)
};

const ar_cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مجاني`)
};

const ru_cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`бесплатно`)
};

const uk_cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`безкоштовно`)
};

/**
* | output |
* | --- |
* | "free" |
*
* @param {Cost_FreeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const cost_free = /** @type {((inputs?: Cost_FreeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cost_FreeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_cost_free(inputs)
	if (locale === "tr") return tr_cost_free(inputs)
	if (locale === "ar") return ar_cost_free(inputs)
	if (locale === "ru") return ru_cost_free(inputs)
	if (locale === "uk") return uk_cost_free(inputs)
	return de_cost_free(inputs)
});