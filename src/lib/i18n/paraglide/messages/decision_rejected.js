/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Decision_RejectedInputs */

const de_decision_rejected = /** @type {(inputs: Decision_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgelehnt`)
};

const en_decision_rejected = /** @type {(inputs: Decision_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rejected`)
};

const tr_decision_rejected = /** @type {(inputs: Decision_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reddedildi`)
};

const ar_decision_rejected = /** @type {(inputs: Decision_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مرفوض`)
};

const ru_decision_rejected = /** @type {(inputs: Decision_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отклонено`)
};

const uk_decision_rejected = /** @type {(inputs: Decision_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відхилено`)
};

/**
* | output |
* | --- |
* | "Rejected" |
*
* @param {Decision_RejectedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const decision_rejected = /** @type {((inputs?: Decision_RejectedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decision_RejectedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_decision_rejected(inputs)
	if (locale === "tr") return tr_decision_rejected(inputs)
	if (locale === "ar") return ar_decision_rejected(inputs)
	if (locale === "ru") return ru_decision_rejected(inputs)
	if (locale === "uk") return uk_decision_rejected(inputs)
	return de_decision_rejected(inputs)
});