/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Col_SubmittedInputs */

const de_moderation_col_submitted = /** @type {(inputs: Moderation_Col_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eingereicht`)
};

const en_moderation_col_submitted = /** @type {(inputs: Moderation_Col_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Submitted`)
};

const tr_moderation_col_submitted = /** @type {(inputs: Moderation_Col_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gönderilme`)
};

const ar_moderation_col_submitted = /** @type {(inputs: Moderation_Col_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تاريخ الإرسال`)
};

const ru_moderation_col_submitted = /** @type {(inputs: Moderation_Col_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отправлено`)
};

const uk_moderation_col_submitted = /** @type {(inputs: Moderation_Col_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Надіслано`)
};

/**
* | output |
* | --- |
* | "Submitted" |
*
* @param {Moderation_Col_SubmittedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_col_submitted = /** @type {((inputs?: Moderation_Col_SubmittedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Col_SubmittedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_col_submitted(inputs)
	if (locale === "tr") return tr_moderation_col_submitted(inputs)
	if (locale === "ar") return ar_moderation_col_submitted(inputs)
	if (locale === "ru") return ru_moderation_col_submitted(inputs)
	if (locale === "uk") return uk_moderation_col_submitted(inputs)
	return de_moderation_col_submitted(inputs)
});