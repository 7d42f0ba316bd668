/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} A11y_Only_GermanInputs */

const de_a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Erklärung ist auf Deutsch. Bei Fragen helfen wir Ihnen gern in Ihrer Sprache.`)
};

const en_a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This statement is in German. If you have questions, we are happy to help in your language.`)
};

const tr_a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu beyan Almancadır. Sorularınız olursa size kendi dilinizde memnuniyetle yardımcı oluruz.`)
};

const ar_a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا البيان باللغة الألمانية. إذا كانت لديك أسئلة، يسعدنا مساعدتك بلغتك.`)
};

const ru_a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Это заявление на немецком языке. Если у вас есть вопросы, мы с радостью поможем на вашем языке.`)
};

const uk_a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ця заява німецькою мовою. Якщо у вас є питання, ми з радістю допоможемо вашою мовою.`)
};

/**
* | output |
* | --- |
* | "This statement is in German. If you have questions, we are happy to help in your language." |
*
* @param {A11y_Only_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const a11y_only_german = /** @type {((inputs?: A11y_Only_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<A11y_Only_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_a11y_only_german(inputs)
	if (locale === "tr") return tr_a11y_only_german(inputs)
	if (locale === "ar") return ar_a11y_only_german(inputs)
	if (locale === "ru") return ru_a11y_only_german(inputs)
	if (locale === "uk") return uk_a11y_only_german(inputs)
	return de_a11y_only_german(inputs)
});