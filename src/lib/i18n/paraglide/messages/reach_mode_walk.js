/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Mode_WalkInputs */

const de_reach_mode_walk = /** @type {(inputs: Reach_Mode_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zu Fuß`)
};

const en_reach_mode_walk = /** @type {(inputs: Reach_Mode_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On foot`)
};

const tr_reach_mode_walk = /** @type {(inputs: Reach_Mode_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yürüyerek`)
};

const ar_reach_mode_walk = /** @type {(inputs: Reach_Mode_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`سيرًا على الأقدام`)
};

const ru_reach_mode_walk = /** @type {(inputs: Reach_Mode_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пешком`)
};

const uk_reach_mode_walk = /** @type {(inputs: Reach_Mode_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пішки`)
};

/**
* | output |
* | --- |
* | "On foot" |
*
* @param {Reach_Mode_WalkInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_mode_walk = /** @type {((inputs?: Reach_Mode_WalkInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Mode_WalkInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_mode_walk(inputs)
	if (locale === "tr") return tr_reach_mode_walk(inputs)
	if (locale === "ar") return ar_reach_mode_walk(inputs)
	if (locale === "ru") return ru_reach_mode_walk(inputs)
	if (locale === "uk") return uk_reach_mode_walk(inputs)
	return de_reach_mode_walk(inputs)
});