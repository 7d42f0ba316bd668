/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_NumberInputs */

const de_biz_number = /** @type {(inputs: Biz_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte eine Zahl eingeben.`)
};

const en_biz_number = /** @type {(inputs: Biz_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please enter a number.`)
};

const tr_biz_number = /** @type {(inputs: Biz_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen bir sayı girin.`)
};

const ar_biz_number = /** @type {(inputs: Biz_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إدخال رقم.`)
};

const ru_biz_number = /** @type {(inputs: Biz_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите число.`)
};

const uk_biz_number = /** @type {(inputs: Biz_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введіть число.`)
};

/**
* | output |
* | --- |
* | "Please enter a number." |
*
* @param {Biz_NumberInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_number = /** @type {((inputs?: Biz_NumberInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_NumberInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_number(inputs)
	if (locale === "tr") return tr_biz_number(inputs)
	if (locale === "ar") return ar_biz_number(inputs)
	if (locale === "ru") return ru_biz_number(inputs)
	if (locale === "uk") return uk_biz_number(inputs)
	return de_biz_number(inputs)
});