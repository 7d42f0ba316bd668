/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ minutes: NonNullable<unknown>, count: NonNullable<unknown> }} Reach_BandInputs */

const de_reach_band = /** @type {(inputs: Reach_BandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bis ${i?.minutes} Min. erreichbar – Orte: ${i?.count}.`)
};

const en_reach_band = /** @type {(inputs: Reach_BandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Within ${i?.minutes} min – places: ${i?.count}.`)
};

const tr_reach_band = /** @type {(inputs: Reach_BandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} dk içinde – yer sayısı: ${i?.count}.`)
};

const ar_reach_band = /** @type {(inputs: Reach_BandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`خلال ${i?.minutes} دقيقة – الأماكن: ${i?.count}.`)
};

const ru_reach_band = /** @type {(inputs: Reach_BandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`За ${i?.minutes} мин – мест: ${i?.count}.`)
};

const uk_reach_band = /** @type {(inputs: Reach_BandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`За ${i?.minutes} хв – місць: ${i?.count}.`)
};

/**
* | output |
* | --- |
* | "Within {minutes} min – places: {count}." |
*
* @param {Reach_BandInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_band = /** @type {((inputs: Reach_BandInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_BandInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_band(inputs)
	if (locale === "tr") return tr_reach_band(inputs)
	if (locale === "ar") return ar_reach_band(inputs)
	if (locale === "ru") return ru_reach_band(inputs)
	if (locale === "uk") return uk_reach_band(inputs)
	return de_reach_band(inputs)
});