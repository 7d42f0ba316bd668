/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Submit_ReviewInputs */

const de_form_submit_review = /** @type {(inputs: Form_Submit_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Prüfung senden`)
};

const en_form_submit_review = /** @type {(inputs: Form_Submit_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send for checking`)
};

const tr_form_submit_review = /** @type {(inputs: Form_Submit_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrole gönder`)
};

const ar_form_submit_review = /** @type {(inputs: Form_Submit_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إرسال للمراجعة`)
};

const ru_form_submit_review = /** @type {(inputs: Form_Submit_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отправить на проверку`)
};

const uk_form_submit_review = /** @type {(inputs: Form_Submit_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Надіслати на перевірку`)
};

/**
* | output |
* | --- |
* | "Send for checking" |
*
* @param {Form_Submit_ReviewInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_submit_review = /** @type {((inputs?: Form_Submit_ReviewInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Submit_ReviewInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_submit_review(inputs)
	if (locale === "tr") return tr_form_submit_review(inputs)
	if (locale === "ar") return ar_form_submit_review(inputs)
	if (locale === "ru") return ru_form_submit_review(inputs)
	if (locale === "uk") return uk_form_submit_review(inputs)
	return de_form_submit_review(inputs)
});