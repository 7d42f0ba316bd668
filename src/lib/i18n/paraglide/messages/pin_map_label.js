/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pin_Map_LabelInputs */

const de_pin_map_label = /** @type {(inputs: Pin_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte zum Setzen der Stecknadel`)
};

const en_pin_map_label = /** @type {(inputs: Pin_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map for setting the pin`)
};

const tr_pin_map_label = /** @type {(inputs: Pin_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İğne koymak için harita`)
};

const ar_pin_map_label = /** @type {(inputs: Pin_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خريطة لوضع الدبوس`)
};

const ru_pin_map_label = /** @type {(inputs: Pin_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта для метки`)
};

const uk_pin_map_label = /** @type {(inputs: Pin_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта для позначки`)
};

/**
* | output |
* | --- |
* | "Map for setting the pin" |
*
* @param {Pin_Map_LabelInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const pin_map_label = /** @type {((inputs?: Pin_Map_LabelInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pin_Map_LabelInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_pin_map_label(inputs)
	if (locale === "tr") return tr_pin_map_label(inputs)
	if (locale === "ar") return ar_pin_map_label(inputs)
	if (locale === "ru") return ru_pin_map_label(inputs)
	if (locale === "uk") return uk_pin_map_label(inputs)
	return de_pin_map_label(inputs)
});