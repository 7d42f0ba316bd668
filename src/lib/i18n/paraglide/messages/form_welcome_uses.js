/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Welcome_UsesInputs */

const de_form_welcome_uses = /** @type {(inputs: Form_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Welche Nutzungen sind willkommen?`)
};

const en_form_welcome_uses = /** @type {(inputs: Form_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which uses are welcome?`)
};

const tr_form_welcome_uses = /** @type {(inputs: Form_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hangi kullanımlar uygun?`)
};

const ar_form_welcome_uses = /** @type {(inputs: Form_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ما الاستخدامات المرحَّب بها؟`)
};

const ru_form_welcome_uses = /** @type {(inputs: Form_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Какое использование приветствуется?`)
};

const uk_form_welcome_uses = /** @type {(inputs: Form_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Яке використання вітається?`)
};

/**
* | output |
* | --- |
* | "Which uses are welcome?" |
*
* @param {Form_Welcome_UsesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_welcome_uses = /** @type {((inputs?: Form_Welcome_UsesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Welcome_UsesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_welcome_uses(inputs)
	if (locale === "tr") return tr_form_welcome_uses(inputs)
	if (locale === "ar") return ar_form_welcome_uses(inputs)
	if (locale === "ru") return ru_form_welcome_uses(inputs)
	if (locale === "uk") return uk_form_welcome_uses(inputs)
	return de_form_welcome_uses(inputs)
});