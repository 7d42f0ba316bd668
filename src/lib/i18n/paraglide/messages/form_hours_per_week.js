/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Hours_Per_WeekInputs */

const de_form_hours_per_week = /** @type {(inputs: Form_Hours_Per_WeekInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stunden pro Woche`)
};

const en_form_hours_per_week = /** @type {(inputs: Form_Hours_Per_WeekInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hours per week`)
};

const tr_form_hours_per_week = /** @type {(inputs: Form_Hours_Per_WeekInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haftalık saat`)
};

const ar_form_hours_per_week = /** @type {(inputs: Form_Hours_Per_WeekInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ساعات في الأسبوع`)
};

const ru_form_hours_per_week = /** @type {(inputs: Form_Hours_Per_WeekInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Часов в неделю`)
};

const uk_form_hours_per_week = /** @type {(inputs: Form_Hours_Per_WeekInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Годин на тиждень`)
};

/**
* | output |
* | --- |
* | "Hours per week" |
*
* @param {Form_Hours_Per_WeekInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_hours_per_week = /** @type {((inputs?: Form_Hours_Per_WeekInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Hours_Per_WeekInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_hours_per_week(inputs)
	if (locale === "tr") return tr_form_hours_per_week(inputs)
	if (locale === "ar") return ar_form_hours_per_week(inputs)
	if (locale === "ru") return ru_form_hours_per_week(inputs)
	if (locale === "uk") return uk_form_hours_per_week(inputs)
	return de_form_hours_per_week(inputs)
});