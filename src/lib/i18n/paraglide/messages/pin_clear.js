/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pin_ClearInputs */

const de_pin_clear = /** @type {(inputs: Pin_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stecknadel entfernen`)
};

const en_pin_clear = /** @type {(inputs: Pin_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove pin`)
};

const tr_pin_clear = /** @type {(inputs: Pin_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İğneyi kaldır`)
};

const ar_pin_clear = /** @type {(inputs: Pin_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إزالة الدبوس`)
};

const ru_pin_clear = /** @type {(inputs: Pin_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Убрать метку`)
};

const uk_pin_clear = /** @type {(inputs: Pin_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Прибрати позначку`)
};

/**
* | output |
* | --- |
* | "Remove pin" |
*
* @param {Pin_ClearInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const pin_clear = /** @type {((inputs?: Pin_ClearInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pin_ClearInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_pin_clear(inputs)
	if (locale === "tr") return tr_pin_clear(inputs)
	if (locale === "ar") return ar_pin_clear(inputs)
	if (locale === "ru") return ru_pin_clear(inputs)
	if (locale === "uk") return uk_pin_clear(inputs)
	return de_pin_clear(inputs)
});