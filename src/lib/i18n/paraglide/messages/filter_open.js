/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_OpenInputs */

const de_filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geöffnet`)
};

const en_filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

const tr_filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Açık`)
};

const ar_filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مفتوح`)
};

const ru_filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открыто`)
};

const uk_filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відчинено`)
};

/**
* | output |
* | --- |
* | "Open" |
*
* @param {Filter_OpenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_open = /** @type {((inputs?: Filter_OpenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_OpenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_open(inputs)
	if (locale === "tr") return tr_filter_open(inputs)
	if (locale === "ar") return ar_filter_open(inputs)
	if (locale === "ru") return ru_filter_open(inputs)
	if (locale === "uk") return uk_filter_open(inputs)
	return de_filter_open(inputs)
});