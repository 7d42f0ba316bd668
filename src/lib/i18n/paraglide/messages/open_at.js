/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Open_AtInputs */

const de_open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`am …`)
};

const en_open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on …`)
};

const tr_open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`şu zamanda …`)
};

const ar_open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`في …`)
};

const ru_open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`в …`)
};

const uk_open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`о …`)
};

/**
* | output |
* | --- |
* | "on …" |
*
* @param {Open_AtInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const open_at = /** @type {((inputs?: Open_AtInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_AtInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_open_at(inputs)
	if (locale === "tr") return tr_open_at(inputs)
	if (locale === "ar") return ar_open_at(inputs)
	if (locale === "ru") return ru_open_at(inputs)
	if (locale === "uk") return uk_open_at(inputs)
	return de_open_at(inputs)
});