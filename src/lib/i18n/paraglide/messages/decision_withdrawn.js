/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Decision_WithdrawnInputs */

const de_decision_withdrawn = /** @type {(inputs: Decision_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurückgezogen`)
};

const en_decision_withdrawn = /** @type {(inputs: Decision_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Withdrawn`)
};

const tr_decision_withdrawn = /** @type {(inputs: Decision_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geri çekildi`)
};

const ar_decision_withdrawn = /** @type {(inputs: Decision_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مسحوب`)
};

const ru_decision_withdrawn = /** @type {(inputs: Decision_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отозвано`)
};

const uk_decision_withdrawn = /** @type {(inputs: Decision_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відкликано`)
};

/**
* | output |
* | --- |
* | "Withdrawn" |
*
* @param {Decision_WithdrawnInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const decision_withdrawn = /** @type {((inputs?: Decision_WithdrawnInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decision_WithdrawnInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_decision_withdrawn(inputs)
	if (locale === "tr") return tr_decision_withdrawn(inputs)
	if (locale === "ar") return ar_decision_withdrawn(inputs)
	if (locale === "ru") return ru_decision_withdrawn(inputs)
	if (locale === "uk") return uk_decision_withdrawn(inputs)
	return de_decision_withdrawn(inputs)
});