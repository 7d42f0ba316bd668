/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Moderation_Review_TitleInputs */

const de_moderation_review_title = /** @type {(inputs: Moderation_Review_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prüfen: ${i?.title}`)
};

const en_moderation_review_title = /** @type {(inputs: Moderation_Review_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Check: ${i?.title}`)
};

const tr_moderation_review_title = /** @type {(inputs: Moderation_Review_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrol: ${i?.title}`)
};

const ar_moderation_review_title = /** @type {(inputs: Moderation_Review_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`مراجعة: ${i?.title}`)
};

const ru_moderation_review_title = /** @type {(inputs: Moderation_Review_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Проверка: ${i?.title}`)
};

const uk_moderation_review_title = /** @type {(inputs: Moderation_Review_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Перевірка: ${i?.title}`)
};

/**
* | output |
* | --- |
* | "Check: {title}" |
*
* @param {Moderation_Review_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_review_title = /** @type {((inputs: Moderation_Review_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Review_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_review_title(inputs)
	if (locale === "tr") return tr_moderation_review_title(inputs)
	if (locale === "ar") return ar_moderation_review_title(inputs)
	if (locale === "ru") return ru_moderation_review_title(inputs)
	if (locale === "uk") return uk_moderation_review_title(inputs)
	return de_moderation_review_title(inputs)
});