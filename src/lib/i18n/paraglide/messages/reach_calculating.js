/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_CalculatingInputs */

const de_reach_calculating = /** @type {(inputs: Reach_CalculatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wird berechnet …`)
};

const en_reach_calculating = /** @type {(inputs: Reach_CalculatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calculating …`)
};

const tr_reach_calculating = /** @type {(inputs: Reach_CalculatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hesaplanıyor …`)
};

const ar_reach_calculating = /** @type {(inputs: Reach_CalculatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`جارٍ الحساب …`)
};

const ru_reach_calculating = /** @type {(inputs: Reach_CalculatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Идёт расчёт …`)
};

const uk_reach_calculating = /** @type {(inputs: Reach_CalculatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обчислюється …`)
};

/**
* | output |
* | --- |
* | "Calculating …" |
*
* @param {Reach_CalculatingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_calculating = /** @type {((inputs?: Reach_CalculatingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_CalculatingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_calculating(inputs)
	if (locale === "tr") return tr_reach_calculating(inputs)
	if (locale === "ar") return ar_reach_calculating(inputs)
	if (locale === "ru") return ru_reach_calculating(inputs)
	if (locale === "uk") return uk_reach_calculating(inputs)
	return de_reach_calculating(inputs)
});