/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_UnreachableInputs */

const de_reach_unreachable = /** @type {(inputs: Reach_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`über 45 Min.`)
};

const en_reach_unreachable = /** @type {(inputs: Reach_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`over 45 min`)
};

const tr_reach_unreachable = /** @type {(inputs: Reach_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`45 dk üzeri`)
};

const ar_reach_unreachable = /** @type {(inputs: Reach_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أكثر من 45 د`)
};

const ru_reach_unreachable = /** @type {(inputs: Reach_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`более 45 мин`)
};

const uk_reach_unreachable = /** @type {(inputs: Reach_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`понад 45 хв`)
};

/**
* | output |
* | --- |
* | "over 45 min" |
*
* @param {Reach_UnreachableInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_unreachable = /** @type {((inputs?: Reach_UnreachableInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_UnreachableInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_unreachable(inputs)
	if (locale === "tr") return tr_reach_unreachable(inputs)
	if (locale === "ar") return ar_reach_unreachable(inputs)
	if (locale === "ru") return ru_reach_unreachable(inputs)
	if (locale === "uk") return uk_reach_unreachable(inputs)
	return de_reach_unreachable(inputs)
});