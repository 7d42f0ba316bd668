/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Not_FoundInputs */

const de_moderation_not_found = /** @type {(inputs: Moderation_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diesen Eintrag gibt es nicht.`)
};

const en_moderation_not_found = /** @type {(inputs: Moderation_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This entry does not exist.`)
};

const tr_moderation_not_found = /** @type {(inputs: Moderation_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu kayıt yok.`)
};

const ar_moderation_not_found = /** @type {(inputs: Moderation_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا الإدخال غير موجود.`)
};

const ru_moderation_not_found = /** @type {(inputs: Moderation_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такой записи нет.`)
};

const uk_moderation_not_found = /** @type {(inputs: Moderation_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такого запису немає.`)
};

/**
* | output |
* | --- |
* | "This entry does not exist." |
*
* @param {Moderation_Not_FoundInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_not_found = /** @type {((inputs?: Moderation_Not_FoundInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Not_FoundInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_not_found(inputs)
	if (locale === "tr") return tr_moderation_not_found(inputs)
	if (locale === "ar") return ar_moderation_not_found(inputs)
	if (locale === "ru") return ru_moderation_not_found(inputs)
	if (locale === "uk") return uk_moderation_not_found(inputs)
	return de_moderation_not_found(inputs)
});