/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Origin_NoneInputs */

const de_reach_origin_none = /** @type {(inputs: Reach_Origin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch kein Startpunkt gewählt.`)
};

const en_reach_origin_none = /** @type {(inputs: Reach_Origin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No starting point chosen yet.`)
};

const tr_reach_origin_none = /** @type {(inputs: Reach_Origin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Henüz başlangıç noktası seçilmedi.`)
};

const ar_reach_origin_none = /** @type {(inputs: Reach_Origin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لم تختر نقطة انطلاق بعد.`)
};

const ru_reach_origin_none = /** @type {(inputs: Reach_Origin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Начальная точка ещё не выбрана.`)
};

const uk_reach_origin_none = /** @type {(inputs: Reach_Origin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Початкову точку ще не вибрано.`)
};

/**
* | output |
* | --- |
* | "No starting point chosen yet." |
*
* @param {Reach_Origin_NoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_origin_none = /** @type {((inputs?: Reach_Origin_NoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Origin_NoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_origin_none(inputs)
	if (locale === "tr") return tr_reach_origin_none(inputs)
	if (locale === "ar") return ar_reach_origin_none(inputs)
	if (locale === "ru") return ru_reach_origin_none(inputs)
	if (locale === "uk") return uk_reach_origin_none(inputs)
	return de_reach_origin_none(inputs)
});