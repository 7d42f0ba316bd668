/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Origin_PointInputs */

const de_reach_origin_point = /** @type {(inputs: Reach_Origin_PointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Punkt auf der Karte`)
};

const en_reach_origin_point = /** @type {(inputs: Reach_Origin_PointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Point on the map`)
};

const tr_reach_origin_point = /** @type {(inputs: Reach_Origin_PointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haritadaki nokta`)
};

const ar_reach_origin_point = /** @type {(inputs: Reach_Origin_PointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نقطة على الخريطة`)
};

const ru_reach_origin_point = /** @type {(inputs: Reach_Origin_PointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Точка на карте`)
};

const uk_reach_origin_point = /** @type {(inputs: Reach_Origin_PointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Точка на карті`)
};

/**
* | output |
* | --- |
* | "Point on the map" |
*
* @param {Reach_Origin_PointInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_origin_point = /** @type {((inputs?: Reach_Origin_PointInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Origin_PointInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_origin_point(inputs)
	if (locale === "tr") return tr_reach_origin_point(inputs)
	if (locale === "ar") return ar_reach_origin_point(inputs)
	if (locale === "ru") return ru_reach_origin_point(inputs)
	if (locale === "uk") return uk_reach_origin_point(inputs)
	return de_reach_origin_point(inputs)
});