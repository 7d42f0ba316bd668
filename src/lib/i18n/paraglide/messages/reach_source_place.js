/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Source_PlaceInputs */

const de_reach_source_place = /** @type {(inputs: Reach_Source_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ort`)
};

const en_reach_source_place = /** @type {(inputs: Reach_Source_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Place`)
};

const tr_reach_source_place = /** @type {(inputs: Reach_Source_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yer`)
};

const ar_reach_source_place = /** @type {(inputs: Reach_Source_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مكان`)
};

const ru_reach_source_place = /** @type {(inputs: Reach_Source_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Место`)
};

const uk_reach_source_place = /** @type {(inputs: Reach_Source_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Місце`)
};

/**
* | output |
* | --- |
* | "Place" |
*
* @param {Reach_Source_PlaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_source_place = /** @type {((inputs?: Reach_Source_PlaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Source_PlaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_source_place(inputs)
	if (locale === "tr") return tr_reach_source_place(inputs)
	if (locale === "ar") return ar_reach_source_place(inputs)
	if (locale === "ru") return ru_reach_source_place(inputs)
	if (locale === "uk") return uk_reach_source_place(inputs)
	return de_reach_source_place(inputs)
});