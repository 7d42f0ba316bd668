/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Comment_LabelInputs */

const de_moderation_comment_label = /** @type {(inputs: Moderation_Comment_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar an den Betrieb (bei Rückgabe und Ablehnung nötig)`)
};

const en_moderation_comment_label = /** @type {(inputs: Moderation_Comment_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment to the business (needed when you send back or reject)`)
};

const tr_moderation_comment_label = /** @type {(inputs: Moderation_Comment_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletmeye yorum (geri gönderme ve reddetmede gerekli)`)
};

const ar_moderation_comment_label = /** @type {(inputs: Moderation_Comment_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعليق للمنشأة (مطلوب عند الإعادة أو الرفض)`)
};

const ru_moderation_comment_label = /** @type {(inputs: Moderation_Comment_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Комментарий для предприятия (нужен при возврате и отклонении)`)
};

const uk_moderation_comment_label = /** @type {(inputs: Moderation_Comment_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коментар для підприємства (потрібен у разі повернення чи відхилення)`)
};

/**
* | output |
* | --- |
* | "Comment to the business (needed when you send back or reject)" |
*
* @param {Moderation_Comment_LabelInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_comment_label = /** @type {((inputs?: Moderation_Comment_LabelInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Comment_LabelInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_comment_label(inputs)
	if (locale === "tr") return tr_moderation_comment_label(inputs)
	if (locale === "ar") return ar_moderation_comment_label(inputs)
	if (locale === "ru") return ru_moderation_comment_label(inputs)
	if (locale === "uk") return uk_moderation_comment_label(inputs)
	return de_moderation_comment_label(inputs)
});