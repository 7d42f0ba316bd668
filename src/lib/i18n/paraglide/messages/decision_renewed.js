/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Decision_RenewedInputs */

const de_decision_renewed = /** @type {(inputs: Decision_RenewedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verlängert`)
};

const en_decision_renewed = /** @type {(inputs: Decision_RenewedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Extended`)
};

const tr_decision_renewed = /** @type {(inputs: Decision_RenewedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uzatıldı`)
};

const ar_decision_renewed = /** @type {(inputs: Decision_RenewedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مُدِّد`)
};

const ru_decision_renewed = /** @type {(inputs: Decision_RenewedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Продлено`)
};

const uk_decision_renewed = /** @type {(inputs: Decision_RenewedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Продовжено`)
};

/**
* | output |
* | --- |
* | "Extended" |
*
* @param {Decision_RenewedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const decision_renewed = /** @type {((inputs?: Decision_RenewedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decision_RenewedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_decision_renewed(inputs)
	if (locale === "tr") return tr_decision_renewed(inputs)
	if (locale === "ar") return ar_decision_renewed(inputs)
	if (locale === "ru") return ru_decision_renewed(inputs)
	if (locale === "uk") return uk_decision_renewed(inputs)
	return de_decision_renewed(inputs)
});