/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pin_SummaryInputs */

const de_pin_summary = /** @type {(inputs: Pin_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stecknadel setzen (Karte oder Koordinaten)`)
};

const en_pin_summary = /** @type {(inputs: Pin_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set a pin (map or coordinates)`)
};

const tr_pin_summary = /** @type {(inputs: Pin_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İğne koy (harita veya koordinatlar)`)
};

const ar_pin_summary = /** @type {(inputs: Pin_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ضع دبوسًا (خريطة أو إحداثيات)`)
};

const ru_pin_summary = /** @type {(inputs: Pin_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поставить метку (карта или координаты)`)
};

const uk_pin_summary = /** @type {(inputs: Pin_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поставити позначку (карта або координати)`)
};

/**
* | output |
* | --- |
* | "Set a pin (map or coordinates)" |
*
* @param {Pin_SummaryInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const pin_summary = /** @type {((inputs?: Pin_SummaryInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pin_SummaryInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_pin_summary(inputs)
	if (locale === "tr") return tr_pin_summary(inputs)
	if (locale === "ar") return ar_pin_summary(inputs)
	if (locale === "ru") return ru_pin_summary(inputs)
	if (locale === "uk") return uk_pin_summary(inputs)
	return de_pin_summary(inputs)
});