/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_LoadingInputs */

const de_map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte wird geladen …`)
};

const en_map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the map …`)
};

const tr_map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Harita yükleniyor …`)
};

const ar_map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`جارٍ تحميل الخريطة …`)
};

const ru_map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта загружается …`)
};

const uk_map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта завантажується …`)
};

/**
* | output |
* | --- |
* | "Loading the map …" |
*
* @param {Map_LoadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_loading = /** @type {((inputs?: Map_LoadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_LoadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_loading(inputs)
	if (locale === "tr") return tr_map_loading(inputs)
	if (locale === "ar") return ar_map_loading(inputs)
	if (locale === "ru") return ru_map_loading(inputs)
	if (locale === "uk") return uk_map_loading(inputs)
	return de_map_loading(inputs)
});