/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Footer_SourcesInputs */

const de_footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kartenquellen`)
};

const en_footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map sources`)
};

const tr_footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Harita kaynakları`)
};

const ar_footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مصادر الخريطة`)
};

const ru_footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источники карты`)
};

const uk_footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Джерела карти`)
};

/**
* | output |
* | --- |
* | "Map sources" |
*
* @param {Footer_SourcesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const footer_sources = /** @type {((inputs?: Footer_SourcesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Footer_SourcesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_footer_sources(inputs)
	if (locale === "tr") return tr_footer_sources(inputs)
	if (locale === "ar") return ar_footer_sources(inputs)
	if (locale === "ru") return ru_footer_sources(inputs)
	if (locale === "uk") return uk_footer_sources(inputs)
	return de_footer_sources(inputs)
});