/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_FailedInputs */

const de_reach_failed = /** @type {(inputs: Reach_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Fahrzeiten konnten nicht berechnet werden.`)
};

const en_reach_failed = /** @type {(inputs: Reach_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The travel times could not be calculated.`)
};

const tr_reach_failed = /** @type {(inputs: Reach_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yolculuk süreleri hesaplanamadı.`)
};

const ar_reach_failed = /** @type {(inputs: Reach_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّر حساب مدة الرحلات.`)
};

const ru_reach_failed = /** @type {(inputs: Reach_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не удалось рассчитать время в пути.`)
};

const uk_reach_failed = /** @type {(inputs: Reach_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не вдалося обчислити час у дорозі.`)
};

/**
* | output |
* | --- |
* | "The travel times could not be calculated." |
*
* @param {Reach_FailedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_failed = /** @type {((inputs?: Reach_FailedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_FailedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_failed(inputs)
	if (locale === "tr") return tr_reach_failed(inputs)
	if (locale === "ar") return ar_reach_failed(inputs)
	if (locale === "ru") return ru_reach_failed(inputs)
	if (locale === "uk") return uk_reach_failed(inputs)
	return de_reach_failed(inputs)
});