/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Date_In_PastInputs */

const de_biz_date_in_past = /** @type {(inputs: Biz_Date_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Datum liegt in der Vergangenheit.`)
};

const en_biz_date_in_past = /** @type {(inputs: Biz_Date_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This date is in the past.`)
};

const tr_biz_date_in_past = /** @type {(inputs: Biz_Date_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu tarih geçmişte.`)
};

const ar_biz_date_in_past = /** @type {(inputs: Biz_Date_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا التاريخ في الماضي.`)
};

const ru_biz_date_in_past = /** @type {(inputs: Biz_Date_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Эта дата уже прошла.`)
};

const uk_biz_date_in_past = /** @type {(inputs: Biz_Date_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ця дата вже минула.`)
};

/**
* | output |
* | --- |
* | "This date is in the past." |
*
* @param {Biz_Date_In_PastInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_date_in_past = /** @type {((inputs?: Biz_Date_In_PastInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Date_In_PastInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_date_in_past(inputs)
	if (locale === "tr") return tr_biz_date_in_past(inputs)
	if (locale === "ar") return ar_biz_date_in_past(inputs)
	if (locale === "ru") return ru_biz_date_in_past(inputs)
	if (locale === "uk") return uk_biz_date_in_past(inputs)
	return de_biz_date_in_past(inputs)
});