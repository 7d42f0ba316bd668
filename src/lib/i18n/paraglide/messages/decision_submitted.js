/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Decision_SubmittedInputs */

const de_decision_submitted = /** @type {(inputs: Decision_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Prüfung gesendet`)
};

const en_decision_submitted = /** @type {(inputs: Decision_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sent for checking`)
};

const tr_decision_submitted = /** @type {(inputs: Decision_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrole gönderildi`)
};

const ar_decision_submitted = /** @type {(inputs: Decision_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أُرسل للمراجعة`)
};

const ru_decision_submitted = /** @type {(inputs: Decision_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отправлено на проверку`)
};

const uk_decision_submitted = /** @type {(inputs: Decision_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Надіслано на перевірку`)
};

/**
* | output |
* | --- |
* | "Sent for checking" |
*
* @param {Decision_SubmittedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const decision_submitted = /** @type {((inputs?: Decision_SubmittedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Decision_SubmittedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_decision_submitted(inputs)
	if (locale === "tr") return tr_decision_submitted(inputs)
	if (locale === "ar") return ar_decision_submitted(inputs)
	if (locale === "ru") return ru_decision_submitted(inputs)
	if (locale === "uk") return uk_decision_submitted(inputs)
	return de_decision_submitted(inputs)
});