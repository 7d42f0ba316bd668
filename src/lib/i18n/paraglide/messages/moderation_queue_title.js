/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Queue_TitleInputs */

const de_moderation_queue_title = /** @type {(inputs: Moderation_Queue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einträge prüfen`)
};

const en_moderation_queue_title = /** @type {(inputs: Moderation_Queue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check entries`)
};

const tr_moderation_queue_title = /** @type {(inputs: Moderation_Queue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kayıtları kontrol et`)
};

const ar_moderation_queue_title = /** @type {(inputs: Moderation_Queue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مراجعة الإدخالات`)
};

const ru_moderation_queue_title = /** @type {(inputs: Moderation_Queue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проверка записей`)
};

const uk_moderation_queue_title = /** @type {(inputs: Moderation_Queue_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перевірка записів`)
};

/**
* | output |
* | --- |
* | "Check entries" |
*
* @param {Moderation_Queue_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_queue_title = /** @type {((inputs?: Moderation_Queue_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Queue_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_queue_title(inputs)
	if (locale === "tr") return tr_moderation_queue_title(inputs)
	if (locale === "ar") return ar_moderation_queue_title(inputs)
	if (locale === "ru") return ru_moderation_queue_title(inputs)
	if (locale === "uk") return uk_moderation_queue_title(inputs)
	return de_moderation_queue_title(inputs)
});