/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_GermanInputs */

const de_filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deutsch: höchstens nötig`)
};

const en_filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`German: at most needed`)
};

const tr_filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Almanca: en fazla gereken`)
};

const ar_filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الألمانية: أقصى مستوى مطلوب`)
};

const ru_filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Немецкий: нужен не выше`)
};

const uk_filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Німецька: потрібна не вище`)
};

/**
* | output |
* | --- |
* | "German: at most needed" |
*
* @param {Filter_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_german = /** @type {((inputs?: Filter_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_german(inputs)
	if (locale === "tr") return tr_filter_german(inputs)
	if (locale === "ar") return ar_filter_german(inputs)
	if (locale === "ru") return ru_filter_german(inputs)
	if (locale === "uk") return uk_filter_german(inputs)
	return de_filter_german(inputs)
});