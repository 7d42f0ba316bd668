/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pin_LatInputs */

const de_pin_lat = /** @type {(inputs: Pin_LatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Breite (z. B. 51.9893)`)
};

const en_pin_lat = /** @type {(inputs: Pin_LatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Latitude (e.g. 51.9893)`)
};

const tr_pin_lat = /** @type {(inputs: Pin_LatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enlem (ör. 51.9893)`)
};

const ar_pin_lat = /** @type {(inputs: Pin_LatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خط العرض (مثلًا 51.9893)`)
};

const ru_pin_lat = /** @type {(inputs: Pin_LatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Широта (напр. 51.9893)`)
};

const uk_pin_lat = /** @type {(inputs: Pin_LatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Широта (напр. 51.9893)`)
};

/**
* | output |
* | --- |
* | "Latitude (e.g. 51.9893)" |
*
* @param {Pin_LatInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const pin_lat = /** @type {((inputs?: Pin_LatInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pin_LatInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_pin_lat(inputs)
	if (locale === "tr") return tr_pin_lat(inputs)
	if (locale === "ar") return ar_pin_lat(inputs)
	if (locale === "ru") return ru_pin_lat(inputs)
	if (locale === "uk") return uk_pin_lat(inputs)
	return de_pin_lat(inputs)
});