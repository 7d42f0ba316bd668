/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_CallInputs */

const de_place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anrufen`)
};

const en_place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call`)
};

const tr_place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ara`)
};

const ar_place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتصال`)
};

const ru_place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Позвонить`)
};

const uk_place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зателефонувати`)
};

/**
* | output |
* | --- |
* | "Call" |
*
* @param {Place_CallInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_call = /** @type {((inputs?: Place_CallInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_CallInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_call(inputs)
	if (locale === "tr") return tr_place_call(inputs)
	if (locale === "ar") return ar_place_call(inputs)
	if (locale === "ru") return ru_place_call(inputs)
	if (locale === "uk") return uk_place_call(inputs)
	return de_place_call(inputs)
});