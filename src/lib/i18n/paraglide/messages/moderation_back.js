/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_BackInputs */

const de_moderation_back = /** @type {(inputs: Moderation_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Alle offenen Einträge`)
};

const en_moderation_back = /** @type {(inputs: Moderation_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← All open entries`)
};

const tr_moderation_back = /** @type {(inputs: Moderation_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Bekleyen tüm kayıtlar`)
};

const ar_moderation_back = /** @type {(inputs: Moderation_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`→ كل الإدخالات المفتوحة`)
};

const ru_moderation_back = /** @type {(inputs: Moderation_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Все записи на проверке`)
};

const uk_moderation_back = /** @type {(inputs: Moderation_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Усі записи на перевірці`)
};

/**
* | output |
* | --- |
* | "← All open entries" |
*
* @param {Moderation_BackInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_back = /** @type {((inputs?: Moderation_BackInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_BackInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_back(inputs)
	if (locale === "tr") return tr_moderation_back(inputs)
	if (locale === "ar") return ar_moderation_back(inputs)
	if (locale === "ru") return ru_moderation_back(inputs)
	if (locale === "uk") return uk_moderation_back(inputs)
	return de_moderation_back(inputs)
});