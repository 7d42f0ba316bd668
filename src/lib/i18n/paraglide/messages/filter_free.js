/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_FreeInputs */

const de_filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kostenlos (Beratung, Lernorte)`)
};

const en_filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free of charge (advice, learning)`)
};

const tr_filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ücretsiz (danışmanlık, öğrenme)`)
};

const ar_filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مجاني (استشارة، تعلّم)`)
};

const ru_filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бесплатно (консультации, учёба)`)
};

const uk_filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Безкоштовно (консультації, навчання)`)
};

/**
* | output |
* | --- |
* | "Free of charge (advice, learning)" |
*
* @param {Filter_FreeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_free = /** @type {((inputs?: Filter_FreeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_FreeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_free(inputs)
	if (locale === "tr") return tr_filter_free(inputs)
	if (locale === "ar") return ar_filter_free(inputs)
	if (locale === "ru") return ru_filter_free(inputs)
	if (locale === "uk") return uk_filter_free(inputs)
	return de_filter_free(inputs)
});