/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Queue_EmptyInputs */

const de_moderation_queue_empty = /** @type {(inputs: Moderation_Queue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts zu prüfen.`)
};

const en_moderation_queue_empty = /** @type {(inputs: Moderation_Queue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing to check.`)
};

const tr_moderation_queue_empty = /** @type {(inputs: Moderation_Queue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrol edilecek bir şey yok.`)
};

const ar_moderation_queue_empty = /** @type {(inputs: Moderation_Queue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يوجد شيء للمراجعة.`)
};

const ru_moderation_queue_empty = /** @type {(inputs: Moderation_Queue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проверять нечего.`)
};

const uk_moderation_queue_empty = /** @type {(inputs: Moderation_Queue_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перевіряти нічого.`)
};

/**
* | output |
* | --- |
* | "Nothing to check." |
*
* @param {Moderation_Queue_EmptyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_queue_empty = /** @type {((inputs?: Moderation_Queue_EmptyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Queue_EmptyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_queue_empty(inputs)
	if (locale === "tr") return tr_moderation_queue_empty(inputs)
	if (locale === "ar") return ar_moderation_queue_empty(inputs)
	if (locale === "ru") return ru_moderation_queue_empty(inputs)
	if (locale === "uk") return uk_moderation_queue_empty(inputs)
	return de_moderation_queue_empty(inputs)
});