/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Show_AllInputs */

const de_map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle drei Quartiere`)
};

const en_map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All three areas`)
};

const tr_map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Üç mahallenin hepsi`)
};

const ar_map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأحياء الثلاثة`)
};

const ru_map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Все три района`)
};

const uk_map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Усі три райони`)
};

/**
* | output |
* | --- |
* | "All three areas" |
*
* @param {Map_Show_AllInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_show_all = /** @type {((inputs?: Map_Show_AllInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Show_AllInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_show_all(inputs)
	if (locale === "tr") return tr_map_show_all(inputs)
	if (locale === "ar") return ar_map_show_all(inputs)
	if (locale === "ru") return ru_map_show_all(inputs)
	if (locale === "uk") return uk_map_show_all(inputs)
	return de_map_show_all(inputs)
});