/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_OriginInputs */

const de_reach_origin = /** @type {(inputs: Reach_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Startpunkt`)
};

const en_reach_origin = /** @type {(inputs: Reach_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starting point`)
};

const tr_reach_origin = /** @type {(inputs: Reach_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Başlangıç noktası`)
};

const ar_reach_origin = /** @type {(inputs: Reach_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نقطة الانطلاق`)
};

const ru_reach_origin = /** @type {(inputs: Reach_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Начальная точка`)
};

const uk_reach_origin = /** @type {(inputs: Reach_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Початкова точка`)
};

/**
* | output |
* | --- |
* | "Starting point" |
*
* @param {Reach_OriginInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_origin = /** @type {((inputs?: Reach_OriginInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_OriginInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_origin(inputs)
	if (locale === "tr") return tr_reach_origin(inputs)
	if (locale === "ar") return ar_reach_origin(inputs)
	if (locale === "ru") return ru_reach_origin(inputs)
	if (locale === "uk") return uk_reach_origin(inputs)
	return de_reach_origin(inputs)
});