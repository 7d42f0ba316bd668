/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_End_Before_StartInputs */

const de_biz_end_before_start = /** @type {(inputs: Biz_End_Before_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Ende liegt vor dem Beginn.`)
};

const en_biz_end_before_start = /** @type {(inputs: Biz_End_Before_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The end is before the start.`)
};

const tr_biz_end_before_start = /** @type {(inputs: Biz_End_Before_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitiş, başlangıçtan önce.`)
};

const ar_biz_end_before_start = /** @type {(inputs: Biz_End_Before_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النهاية قبل البداية.`)
};

const ru_biz_end_before_start = /** @type {(inputs: Biz_End_Before_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Конец раньше начала.`)
};

const uk_biz_end_before_start = /** @type {(inputs: Biz_End_Before_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кінець раніше за початок.`)
};

/**
* | output |
* | --- |
* | "The end is before the start." |
*
* @param {Biz_End_Before_StartInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_end_before_start = /** @type {((inputs?: Biz_End_Before_StartInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_End_Before_StartInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_end_before_start(inputs)
	if (locale === "tr") return tr_biz_end_before_start(inputs)
	if (locale === "ar") return ar_biz_end_before_start(inputs)
	if (locale === "ru") return ru_biz_end_before_start(inputs)
	if (locale === "uk") return uk_biz_end_before_start(inputs)
	return de_biz_end_before_start(inputs)
});