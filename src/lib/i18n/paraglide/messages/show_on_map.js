/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Show_On_MapInputs */

const de_show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auf der Karte zeigen: ${i?.title}`)
};

const en_show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show on the map: ${i?.title}`)
};

const tr_show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Haritada göster: ${i?.title}`)
};

const ar_show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`عرض على الخريطة: ${i?.title}`)
};

const ru_show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показать на карте: ${i?.title}`)
};

const uk_show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показати на карті: ${i?.title}`)
};

/**
* | output |
* | --- |
* | "Show on the map: {title}" |
*
* @param {Show_On_MapInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const show_on_map = /** @type {((inputs: Show_On_MapInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Show_On_MapInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_show_on_map(inputs)
	if (locale === "tr") return tr_show_on_map(inputs)
	if (locale === "ar") return ar_show_on_map(inputs)
	if (locale === "ru") return ru_show_on_map(inputs)
	if (locale === "uk") return uk_show_on_map(inputs)
	return de_show_on_map(inputs)
});