/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Decision_ReturnedInputs */

const de_decision_returned = /** @type {(inputs: Decision_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Überarbeitung zurückgegeben`)
};

const en_decision_returned = /** @type {(inputs: Decision_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sent back for changes`)
};

const tr_decision_returned = /** @type {(inputs: Decision_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Düzeltme için geri gönderildi`)
};

const ar_decision_returned = /** @type {(inputs: Decision_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أُعيد للتعديل`)
};

const ru_decision_returned = /** @type {(inputs: Decision_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Возвращено на доработку`)
};

const uk_decision_returned = /** @type {(inputs: Decision_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повернуто на доопрацювання`)
};

/**
* | output |
* | --- |
* | "Sent back for changes" |
*
* @param {Decision_ReturnedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const decision_returned = /** @type {((inputs?: Decision_ReturnedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decision_ReturnedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_decision_returned(inputs)
	if (locale === "tr") return tr_decision_returned(inputs)
	if (locale === "ar") return ar_decision_returned(inputs)
	if (locale === "ru") return ru_decision_returned(inputs)
	if (locale === "uk") return uk_decision_returned(inputs)
	return de_decision_returned(inputs)
});