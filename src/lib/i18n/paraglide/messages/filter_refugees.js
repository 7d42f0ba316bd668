/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_RefugeesInputs */

const de_filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geeignet für Geflüchtete`)
};

const en_filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suitable for refugees`)
};

const tr_filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mülteciler için uygun`)
};

const ar_filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مناسب للاجئين`)
};

const ru_filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подходит для беженцев`)
};

const uk_filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підходить для біженців`)
};

/**
* | output |
* | --- |
* | "Suitable for refugees" |
*
* @param {Filter_RefugeesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_refugees = /** @type {((inputs?: Filter_RefugeesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_RefugeesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_refugees(inputs)
	if (locale === "tr") return tr_filter_refugees(inputs)
	if (locale === "ar") return ar_filter_refugees(inputs)
	if (locale === "ru") return ru_filter_refugees(inputs)
	if (locale === "uk") return uk_filter_refugees(inputs)
	return de_filter_refugees(inputs)
});