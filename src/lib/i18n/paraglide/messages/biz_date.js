/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_DateInputs */

const de_biz_date = /** @type {(inputs: Biz_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte ein Datum eingeben (TT.MM.JJJJ).`)
};

const en_biz_date = /** @type {(inputs: Biz_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please enter a date (DD.MM.YYYY).`)
};

const tr_biz_date = /** @type {(inputs: Biz_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen bir tarih girin (GG.AA.YYYY).`)
};

const ar_biz_date = /** @type {(inputs: Biz_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إدخال تاريخ (يوم.شهر.سنة).`)
};

const ru_biz_date = /** @type {(inputs: Biz_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите дату (ДД.ММ.ГГГГ).`)
};

const uk_biz_date = /** @type {(inputs: Biz_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введіть дату (ДД.ММ.РРРР).`)
};

/**
* | output |
* | --- |
* | "Please enter a date (DD.MM.YYYY)." |
*
* @param {Biz_DateInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_date = /** @type {((inputs?: Biz_DateInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_DateInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_date(inputs)
	if (locale === "tr") return tr_biz_date(inputs)
	if (locale === "ar") return ar_biz_date(inputs)
	if (locale === "ru") return ru_biz_date(inputs)
	if (locale === "uk") return uk_biz_date(inputs)
	return de_biz_date(inputs)
});