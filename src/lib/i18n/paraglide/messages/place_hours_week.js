/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ hours: NonNullable<unknown> }} Place_Hours_WeekInputs */

const de_place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} Stunden pro Woche`)
};

const en_place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} hours per week`)
};

const tr_place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Haftada ${i?.hours} saat`)
};

const ar_place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} ساعة في الأسبوع`)
};

const ru_place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} часов в неделю`)
};

const uk_place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} годин на тиждень`)
};

/**
* | output |
* | --- |
* | "{hours} hours per week" |
*
* @param {Place_Hours_WeekInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_hours_week = /** @type {((inputs: Place_Hours_WeekInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Hours_WeekInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_hours_week(inputs)
	if (locale === "tr") return tr_place_hours_week(inputs)
	if (locale === "ar") return ar_place_hours_week(inputs)
	if (locale === "ru") return ru_place_hours_week(inputs)
	if (locale === "uk") return uk_place_hours_week(inputs)
	return de_place_hours_week(inputs)
});