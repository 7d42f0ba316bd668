/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Biz_Number_RangeInputs */

const de_biz_number_range = /** @type {(inputs: Biz_Number_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bitte eine Zahl zwischen ${i?.min} und ${i?.max} eingeben.`)
};

const en_biz_number_range = /** @type {(inputs: Biz_Number_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Please enter a number between ${i?.min} and ${i?.max}.`)
};

const tr_biz_number_range = /** @type {(inputs: Biz_Number_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lütfen ${i?.min} ile ${i?.max} arasında bir sayı girin.`)
};

const ar_biz_number_range = /** @type {(inputs: Biz_Number_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`يرجى إدخال رقم بين ${i?.min} و${i?.max}.`)
};

const ru_biz_number_range = /** @type {(inputs: Biz_Number_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введите число от ${i?.min} до ${i?.max}.`)
};

const uk_biz_number_range = /** @type {(inputs: Biz_Number_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введіть число від ${i?.min} до ${i?.max}.`)
};

/**
* | output |
* | --- |
* | "Please enter a number between {min} and {max}." |
*
* @param {Biz_Number_RangeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_number_range = /** @type {((inputs: Biz_Number_RangeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Number_RangeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_number_range(inputs)
	if (locale === "tr") return tr_biz_number_range(inputs)
	if (locale === "ar") return ar_biz_number_range(inputs)
	if (locale === "ru") return ru_biz_number_range(inputs)
	if (locale === "uk") return uk_biz_number_range(inputs)
	return de_biz_number_range(inputs)
});