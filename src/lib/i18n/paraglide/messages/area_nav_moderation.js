/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Area_Nav_ModerationInputs */

const de_area_nav_moderation = /** @type {(inputs: Area_Nav_ModerationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prüfen`)
};

const en_area_nav_moderation = /** @type {(inputs: Area_Nav_ModerationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Review`)
};

const tr_area_nav_moderation = /** @type {(inputs: Area_Nav_ModerationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İncele`)
};

const ar_area_nav_moderation = /** @type {(inputs: Area_Nav_ModerationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المراجعة`)
};

const ru_area_nav_moderation = /** @type {(inputs: Area_Nav_ModerationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проверка`)
};

const uk_area_nav_moderation = /** @type {(inputs: Area_Nav_ModerationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перевірка`)
};

/**
* | output |
* | --- |
* | "Review" |
*
* @param {Area_Nav_ModerationInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const area_nav_moderation = /** @type {((inputs?: Area_Nav_ModerationInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Nav_ModerationInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_area_nav_moderation(inputs)
	if (locale === "tr") return tr_area_nav_moderation(inputs)
	if (locale === "ar") return ar_area_nav_moderation(inputs)
	if (locale === "ru") return ru_area_nav_moderation(inputs)
	if (locale === "uk") return uk_area_nav_moderation(inputs)
	return de_area_nav_moderation(inputs)
});