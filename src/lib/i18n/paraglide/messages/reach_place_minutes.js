/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ minutes: NonNullable<unknown> }} Reach_Place_MinutesInputs */

const de_reach_place_minutes = /** @type {(inputs: Reach_Place_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} Min. von Ihrem Startpunkt`)
};

const en_reach_place_minutes = /** @type {(inputs: Reach_Place_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} min from your starting point`)
};

const tr_reach_place_minutes = /** @type {(inputs: Reach_Place_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Başlangıç noktanızdan ${i?.minutes} dk`)
};

const ar_reach_place_minutes = /** @type {(inputs: Reach_Place_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} دقيقة من نقطة انطلاقك`)
};

const ru_reach_place_minutes = /** @type {(inputs: Reach_Place_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} мин от вашей начальной точки`)
};

const uk_reach_place_minutes = /** @type {(inputs: Reach_Place_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} хв від вашої початкової точки`)
};

/**
* | output |
* | --- |
* | "{minutes} min from your starting point" |
*
* @param {Reach_Place_MinutesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_place_minutes = /** @type {((inputs: Reach_Place_MinutesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Place_MinutesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_place_minutes(inputs)
	if (locale === "tr") return tr_reach_place_minutes(inputs)
	if (locale === "ar") return ar_reach_place_minutes(inputs)
	if (locale === "ru") return ru_reach_place_minutes(inputs)
	if (locale === "uk") return uk_reach_place_minutes(inputs)
	return de_reach_place_minutes(inputs)
});