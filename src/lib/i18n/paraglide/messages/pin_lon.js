/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pin_LonInputs */

const de_pin_lon = /** @type {(inputs: Pin_LonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Länge (z. B. 8.5912)`)
};

const en_pin_lon = /** @type {(inputs: Pin_LonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Longitude (e.g. 8.5912)`)
};

const tr_pin_lon = /** @type {(inputs: Pin_LonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boylam (ör. 8.5912)`)
};

const ar_pin_lon = /** @type {(inputs: Pin_LonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خط الطول (مثلًا 8.5912)`)
};

const ru_pin_lon = /** @type {(inputs: Pin_LonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Долгота (напр. 8.5912)`)
};

const uk_pin_lon = /** @type {(inputs: Pin_LonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Довгота (напр. 8.5912)`)
};

/**
* | output |
* | --- |
* | "Longitude (e.g. 8.5912)" |
*
* @param {Pin_LonInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const pin_lon = /** @type {((inputs?: Pin_LonInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pin_LonInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_pin_lon(inputs)
	if (locale === "tr") return tr_pin_lon(inputs)
	if (locale === "ar") return ar_pin_lon(inputs)
	if (locale === "ru") return ru_pin_lon(inputs)
	if (locale === "uk") return uk_pin_lon(inputs)
	return de_pin_lon(inputs)
});