/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ minutes: NonNullable<unknown> }} Reach_MinutesInputs */

const de_reach_minutes = /** @type {(inputs: Reach_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} Min.`)
};

const en_reach_minutes = /** @type {(inputs: Reach_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} min`)
};

const tr_reach_minutes = /** @type {(inputs: Reach_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} dk`)
};

const ar_reach_minutes = /** @type {(inputs: Reach_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} د`)
};

const ru_reach_minutes = /** @type {(inputs: Reach_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} мин`)
};

const uk_reach_minutes = /** @type {(inputs: Reach_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.minutes} хв`)
};

/**
* | output |
* | --- |
* | "{minutes} min" |
*
* @param {Reach_MinutesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_minutes = /** @type {((inputs: Reach_MinutesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_MinutesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_minutes(inputs)
	if (locale === "tr") return tr_reach_minutes(inputs)
	if (locale === "ar") return ar_reach_minutes(inputs)
	if (locale === "ru") return ru_reach_minutes(inputs)
	if (locale === "uk") return uk_reach_minutes(inputs)
	return de_reach_minutes(inputs)
});