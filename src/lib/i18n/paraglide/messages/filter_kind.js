/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_KindInputs */

const de_filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was suchen Sie?`)
};

const en_filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What are you looking for?`)
};

const tr_filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne arıyorsunuz?`)
};

const ar_filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ماذا تبحث عنه؟`)
};

const ru_filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что вы ищете?`)
};

const uk_filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що ви шукаєте?`)
};

/**
* | output |
* | --- |
* | "What are you looking for?" |
*
* @param {Filter_KindInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_kind = /** @type {((inputs?: Filter_KindInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_KindInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_kind(inputs)
	if (locale === "tr") return tr_filter_kind(inputs)
	if (locale === "ar") return ar_filter_kind(inputs)
	if (locale === "ru") return ru_filter_kind(inputs)
	if (locale === "uk") return uk_filter_kind(inputs)
	return de_filter_kind(inputs)
});