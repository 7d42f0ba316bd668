/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ quarter: NonNullable<unknown> }} Map_Go_ToInputs */

const de_map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Karte auf ${i?.quarter} zeigen`)
};

const en_map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show ${i?.quarter} on the map`)
};

const tr_map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Haritada ${i?.quarter} göster`)
};

const ar_map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`عرض ${i?.quarter} على الخريطة`)
};

const ru_map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показать ${i?.quarter} на карте`)
};

const uk_map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показати ${i?.quarter} на карті`)
};

/**
* | output |
* | --- |
* | "Show {quarter} on the map" |
*
* @param {Map_Go_ToInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_go_to = /** @type {((inputs: Map_Go_ToInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Go_ToInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_go_to(inputs)
	if (locale === "tr") return tr_map_go_to(inputs)
	if (locale === "ar") return ar_map_go_to(inputs)
	if (locale === "ru") return ru_map_go_to(inputs)
	if (locale === "uk") return uk_map_go_to(inputs)
	return de_map_go_to(inputs)
});