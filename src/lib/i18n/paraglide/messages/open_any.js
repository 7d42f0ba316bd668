/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Open_AnyInputs */

const de_open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`egal`)
};

const en_open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`any time`)
};

const tr_open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fark etmez`)
};

const ar_open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يهم`)
};

const ru_open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`неважно`)
};

const uk_open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`неважливо`)
};

/**
* | output |
* | --- |
* | "any time" |
*
* @param {Open_AnyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const open_any = /** @type {((inputs?: Open_AnyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_AnyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_open_any(inputs)
	if (locale === "tr") return tr_open_any(inputs)
	if (locale === "ar") return ar_open_any(inputs)
	if (locale === "ru") return ru_open_any(inputs)
	if (locale === "uk") return uk_open_any(inputs)
	return de_open_any(inputs)
});