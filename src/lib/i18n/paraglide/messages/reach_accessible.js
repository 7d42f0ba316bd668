/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_AccessibleInputs */

const de_reach_accessible = /** @type {(inputs: Reach_AccessibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufenlos (Rollstuhl, Kinderwagen)`)
};

const en_reach_accessible = /** @type {(inputs: Reach_AccessibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step-free (wheelchair, pram)`)
};

const tr_reach_accessible = /** @type {(inputs: Reach_AccessibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Basamaksız (tekerlekli sandalye, bebek arabası)`)
};

const ar_reach_accessible = /** @type {(inputs: Reach_AccessibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بدون درج (كرسي متحرك، عربة أطفال)`)
};

const ru_reach_accessible = /** @type {(inputs: Reach_AccessibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без ступенек (коляска)`)
};

const uk_reach_accessible = /** @type {(inputs: Reach_AccessibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без сходинок (візок)`)
};

/**
* | output |
* | --- |
* | "Step-free (wheelchair, pram)" |
*
* @param {Reach_AccessibleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_accessible = /** @type {((inputs?: Reach_AccessibleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_AccessibleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_accessible(inputs)
	if (locale === "tr") return tr_reach_accessible(inputs)
	if (locale === "ar") return ar_reach_accessible(inputs)
	if (locale === "ru") return ru_reach_accessible(inputs)
	if (locale === "uk") return uk_reach_accessible(inputs)
	return de_reach_accessible(inputs)
});