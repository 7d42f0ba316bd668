/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_StartInputs */

const de_map_start = /** @type {(inputs: Map_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Interaktive Karte laden`)
};

const en_map_start = /** @type {(inputs: Map_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Load the interactive map`)
};

const tr_map_start = /** @type {(inputs: Map_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etkileşimli haritayı yükle`)
};

const ar_map_start = /** @type {(inputs: Map_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تحميل الخريطة التفاعلية`)
};

const ru_map_start = /** @type {(inputs: Map_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Загрузить интерактивную карту`)
};

const uk_map_start = /** @type {(inputs: Map_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Завантажити інтерактивну карту`)
};

/**
* | output |
* | --- |
* | "Load the interactive map" |
*
* @param {Map_StartInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_start = /** @type {((inputs?: Map_StartInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_StartInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_start(inputs)
	if (locale === "tr") return tr_map_start(inputs)
	if (locale === "ar") return ar_map_start(inputs)
	if (locale === "ru") return ru_map_start(inputs)
	if (locale === "uk") return uk_map_start(inputs)
	return de_map_start(inputs)
});