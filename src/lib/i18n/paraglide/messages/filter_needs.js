/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_NeedsInputs */

const de_filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was mir wichtig ist`)
};

const en_filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What matters to me`)
};

const tr_filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benim için önemli olan`)
};

const ar_filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ما يهمني`)
};

const ru_filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что мне важно`)
};

const uk_filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що для мене важливо`)
};

/**
* | output |
* | --- |
* | "What matters to me" |
*
* @param {Filter_NeedsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_needs = /** @type {((inputs?: Filter_NeedsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_NeedsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_needs(inputs)
	if (locale === "tr") return tr_filter_needs(inputs)
	if (locale === "ar") return ar_filter_needs(inputs)
	if (locale === "ru") return ru_filter_needs(inputs)
	if (locale === "uk") return uk_filter_needs(inputs)
	return de_filter_needs(inputs)
});