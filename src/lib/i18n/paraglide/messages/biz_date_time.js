/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Date_TimeInputs */

const de_biz_date_time = /** @type {(inputs: Biz_Date_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte Datum und Uhrzeit eingeben.`)
};

const en_biz_date_time = /** @type {(inputs: Biz_Date_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please enter date and time.`)
};

const tr_biz_date_time = /** @type {(inputs: Biz_Date_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen tarih ve saat girin.`)
};

const ar_biz_date_time = /** @type {(inputs: Biz_Date_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إدخال التاريخ والوقت.`)
};

const ru_biz_date_time = /** @type {(inputs: Biz_Date_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите дату и время.`)
};

const uk_biz_date_time = /** @type {(inputs: Biz_Date_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введіть дату й час.`)
};

/**
* | output |
* | --- |
* | "Please enter date and time." |
*
* @param {Biz_Date_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_date_time = /** @type {((inputs?: Biz_Date_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Date_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_date_time(inputs)
	if (locale === "tr") return tr_biz_date_time(inputs)
	if (locale === "ar") return ar_biz_date_time(inputs)
	if (locale === "ru") return ru_biz_date_time(inputs)
	if (locale === "uk") return uk_biz_date_time(inputs)
	return de_biz_date_time(inputs)
});