/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Decision_ApprovedInputs */

const de_decision_approved = /** @type {(inputs: Decision_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Freigegeben`)
};

const en_decision_approved = /** @type {(inputs: Decision_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Approved`)
};

const tr_decision_approved = /** @type {(inputs: Decision_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Onaylandı`)
};

const ar_decision_approved = /** @type {(inputs: Decision_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تمت الموافقة`)
};

const ru_decision_approved = /** @type {(inputs: Decision_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Одобрено`)
};

const uk_decision_approved = /** @type {(inputs: Decision_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Схвалено`)
};

/**
* | output |
* | --- |
* | "Approved" |
*
* @param {Decision_ApprovedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const decision_approved = /** @type {((inputs?: Decision_ApprovedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decision_ApprovedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_decision_approved(inputs)
	if (locale === "tr") return tr_decision_approved(inputs)
	if (locale === "ar") return ar_decision_approved(inputs)
	if (locale === "ru") return ru_decision_approved(inputs)
	if (locale === "uk") return uk_decision_approved(inputs)
	return de_decision_approved(inputs)
});