/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Area_Nav_LabelInputs */

const de_area_nav_label = /** @type {(inputs: Area_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bereiche`)
};

const en_area_nav_label = /** @type {(inputs: Area_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Areas`)
};

const tr_area_nav_label = /** @type {(inputs: Area_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bölümler`)
};

const ar_area_nav_label = /** @type {(inputs: Area_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأقسام`)
};

const ru_area_nav_label = /** @type {(inputs: Area_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Разделы`)
};

const uk_area_nav_label = /** @type {(inputs: Area_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Розділи`)
};

/**
* | output |
* | --- |
* | "Areas" |
*
* @param {Area_Nav_LabelInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const area_nav_label = /** @type {((inputs?: Area_Nav_LabelInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Nav_LabelInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_area_nav_label(inputs)
	if (locale === "tr") return tr_area_nav_label(inputs)
	if (locale === "ar") return ar_area_nav_label(inputs)
	if (locale === "ru") return ru_area_nav_label(inputs)
	if (locale === "uk") return uk_area_nav_label(inputs)
	return de_area_nav_label(inputs)
});