/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Open_NowInputs */

const de_open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jetzt`)
};

const en_open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`now`)
};

const tr_open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`şimdi`)
};

const ar_open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الآن`)
};

const ru_open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`сейчас`)
};

const uk_open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зараз`)
};

/**
* | output |
* | --- |
* | "now" |
*
* @param {Open_NowInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const open_now = /** @type {((inputs?: Open_NowInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_NowInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_open_now(inputs)
	if (locale === "tr") return tr_open_now(inputs)
	if (locale === "ar") return ar_open_now(inputs)
	if (locale === "ru") return ru_open_now(inputs)
	if (locale === "uk") return uk_open_now(inputs)
	return de_open_now(inputs)
});