/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Speed_WalkInputs */

const de_reach_speed_walk = /** @type {(inputs: Reach_Speed_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gehtempo`)
};

const en_reach_speed_walk = /** @type {(inputs: Reach_Speed_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Walking speed`)
};

const tr_reach_speed_walk = /** @type {(inputs: Reach_Speed_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yürüme hızı`)
};

const ar_reach_speed_walk = /** @type {(inputs: Reach_Speed_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`سرعة المشي`)
};

const ru_reach_speed_walk = /** @type {(inputs: Reach_Speed_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скорость ходьбы`)
};

const uk_reach_speed_walk = /** @type {(inputs: Reach_Speed_WalkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Швидкість ходьби`)
};

/**
* | output |
* | --- |
* | "Walking speed" |
*
* @param {Reach_Speed_WalkInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_speed_walk = /** @type {((inputs?: Reach_Speed_WalkInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Speed_WalkInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_speed_walk(inputs)
	if (locale === "tr") return tr_reach_speed_walk(inputs)
	if (locale === "ar") return ar_reach_speed_walk(inputs)
	if (locale === "ru") return ru_reach_speed_walk(inputs)
	if (locale === "uk") return uk_reach_speed_walk(inputs)
	return de_reach_speed_walk(inputs)
});