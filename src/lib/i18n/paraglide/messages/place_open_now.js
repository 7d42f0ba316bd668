/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Open_NowInputs */

const de_place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt geöffnet`)
};

const en_place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open now`)
};

const tr_place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şu an açık`)
};

const ar_place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مفتوح الآن`)
};

const ru_place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сейчас открыто`)
};

const uk_place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зараз відчинено`)
};

/**
* | output |
* | --- |
* | "Open now" |
*
* @param {Place_Open_NowInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_open_now = /** @type {((inputs?: Place_Open_NowInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Open_NowInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_open_now(inputs)
	if (locale === "tr") return tr_place_open_now(inputs)
	if (locale === "ar") return ar_place_open_now(inputs)
	if (locale === "ru") return ru_place_open_now(inputs)
	if (locale === "uk") return uk_place_open_now(inputs)
	return de_place_open_now(inputs)
});