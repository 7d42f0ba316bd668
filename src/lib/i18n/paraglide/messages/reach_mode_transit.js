/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Mode_TransitInputs */

const de_reach_mode_transit = /** @type {(inputs: Reach_Mode_TransitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bus & Stadtbahn`)
};

const en_reach_mode_transit = /** @type {(inputs: Reach_Mode_TransitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bus & tram`)
};

const tr_reach_mode_transit = /** @type {(inputs: Reach_Mode_TransitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Otobüs ve tramvay`)
};

const ar_reach_mode_transit = /** @type {(inputs: Reach_Mode_TransitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حافلة وترام`)
};

const ru_reach_mode_transit = /** @type {(inputs: Reach_Mode_TransitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Автобус и трамвай`)
};

const uk_reach_mode_transit = /** @type {(inputs: Reach_Mode_TransitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Автобус і трамвай`)
};

/**
* | output |
* | --- |
* | "Bus & tram" |
*
* @param {Reach_Mode_TransitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_mode_transit = /** @type {((inputs?: Reach_Mode_TransitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Mode_TransitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_mode_transit(inputs)
	if (locale === "tr") return tr_reach_mode_transit(inputs)
	if (locale === "ar") return ar_reach_mode_transit(inputs)
	if (locale === "ru") return ru_reach_mode_transit(inputs)
	if (locale === "uk") return uk_reach_mode_transit(inputs)
	return de_reach_mode_transit(inputs)
});