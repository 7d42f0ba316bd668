/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ speed: NonNullable<unknown> }} Reach_KmhInputs */

const de_reach_kmh = /** @type {(inputs: Reach_KmhInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.speed} km/h`)
};

const en_reach_kmh = /** @type {(inputs: Reach_KmhInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.speed} km/h`)
};

const tr_reach_kmh = /** @type {(inputs: Reach_KmhInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.speed} km/sa`)
};

const ar_reach_kmh = /** @type {(inputs: Reach_KmhInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.speed} كم/س`)
};

const ru_reach_kmh = /** @type {(inputs: Reach_KmhInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.speed} км/ч`)
};

const uk_reach_kmh = /** @type {(inputs: Reach_KmhInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.speed} км/год`)
};

/**
* | output |
* | --- |
* | "{speed} km/h" |
*
* @param {Reach_KmhInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_kmh = /** @type {((inputs: Reach_KmhInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_KmhInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_kmh(inputs)
	if (locale === "tr") return tr_reach_kmh(inputs)
	if (locale === "ar") return ar_reach_kmh(inputs)
	if (locale === "ru") return ru_reach_kmh(inputs)
	if (locale === "uk") return uk_reach_kmh(inputs)
	return de_reach_kmh(inputs)
});