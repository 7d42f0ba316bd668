/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ lat: NonNullable<unknown>, lon: NonNullable<unknown> }} Pin_SetInputs */

const de_pin_set = /** @type {(inputs: Pin_SetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stecknadel gesetzt: ${i?.lat}, ${i?.lon}`)
};

const en_pin_set = /** @type {(inputs: Pin_SetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pin set: ${i?.lat}, ${i?.lon}`)
};

const tr_pin_set = /** @type {(inputs: Pin_SetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`İğne kondu: ${i?.lat}, ${i?.lon}`)
};

const ar_pin_set = /** @type {(inputs: Pin_SetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تم وضع الدبوس: ${i?.lat}، ${i?.lon}`)
};

const ru_pin_set = /** @type {(inputs: Pin_SetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Метка поставлена: ${i?.lat}, ${i?.lon}`)
};

const uk_pin_set = /** @type {(inputs: Pin_SetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Позначку поставлено: ${i?.lat}, ${i?.lon}`)
};

/**
* | output |
* | --- |
* | "Pin set: {lat}, {lon}" |
*
* @param {Pin_SetInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const pin_set = /** @type {((inputs: Pin_SetInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pin_SetInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_pin_set(inputs)
	if (locale === "tr") return tr_pin_set(inputs)
	if (locale === "ar") return ar_pin_set(inputs)
	if (locale === "ru") return ru_pin_set(inputs)
	if (locale === "uk") return uk_pin_set(inputs)
	return de_pin_set(inputs)
});