/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_AnyInputs */

const de_german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`egal`)
};

const en_german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`any`)
};

const tr_german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fark etmez`)
};

const ar_german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يهم`)
};

const ru_german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`неважно`)
};

const uk_german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`неважливо`)
};

/**
* | output |
* | --- |
* | "any" |
*
* @param {German_AnyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_any = /** @type {((inputs?: German_AnyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_AnyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_any(inputs)
	if (locale === "tr") return tr_german_any(inputs)
	if (locale === "ar") return ar_german_any(inputs)
	if (locale === "ru") return ru_german_any(inputs)
	if (locale === "uk") return uk_german_any(inputs)
	return de_german_any(inputs)
});