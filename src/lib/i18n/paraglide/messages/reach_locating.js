/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_LocatingInputs */

const de_reach_locating = /** @type {(inputs: Reach_LocatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standort wird gesucht …`)
};

const en_reach_locating = /** @type {(inputs: Reach_LocatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finding your location …`)
};

const tr_reach_locating = /** @type {(inputs: Reach_LocatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Konum aranıyor …`)
};

const ar_reach_locating = /** @type {(inputs: Reach_LocatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`جارٍ تحديد موقعك …`)
};

const ru_reach_locating = /** @type {(inputs: Reach_LocatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Определяем местоположение …`)
};

const uk_reach_locating = /** @type {(inputs: Reach_LocatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Визначаємо місцезнаходження …`)
};

/**
* | output |
* | --- |
* | "Finding your location …" |
*
* @param {Reach_LocatingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_locating = /** @type {((inputs?: Reach_LocatingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_LocatingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_locating(inputs)
	if (locale === "tr") return tr_reach_locating(inputs)
	if (locale === "ar") return ar_reach_locating(inputs)
	if (locale === "ru") return ru_reach_locating(inputs)
	if (locale === "uk") return uk_reach_locating(inputs)
	return de_reach_locating(inputs)
});