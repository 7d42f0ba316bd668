/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Date_Too_FarInputs */

const de_biz_date_too_far = /** @type {(inputs: Biz_Date_Too_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte ein Datum innerhalb der nächsten 12 Monate wählen.`)
};

const en_biz_date_too_far = /** @type {(inputs: Biz_Date_Too_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please choose a date within the next 12 months.`)
};

const tr_biz_date_too_far = /** @type {(inputs: Biz_Date_Too_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen önümüzdeki 12 ay içinde bir tarih seçin.`)
};

const ar_biz_date_too_far = /** @type {(inputs: Biz_Date_Too_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى اختيار تاريخ خلال الأشهر الـ12 القادمة.`)
};

const ru_biz_date_too_far = /** @type {(inputs: Biz_Date_Too_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выберите дату в ближайшие 12 месяцев.`)
};

const uk_biz_date_too_far = /** @type {(inputs: Biz_Date_Too_FarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Виберіть дату в найближчі 12 місяців.`)
};

/**
* | output |
* | --- |
* | "Please choose a date within the next 12 months." |
*
* @param {Biz_Date_Too_FarInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_date_too_far = /** @type {((inputs?: Biz_Date_Too_FarInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Date_Too_FarInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_date_too_far(inputs)
	if (locale === "tr") return tr_biz_date_too_far(inputs)
	if (locale === "ar") return ar_biz_date_too_far(inputs)
	if (locale === "ru") return ru_biz_date_too_far(inputs)
	if (locale === "uk") return uk_biz_date_too_far(inputs)
	return de_biz_date_too_far(inputs)
});