/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Invalid_IdInputs */

const de_moderation_invalid_id = /** @type {(inputs: Moderation_Invalid_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Adresse ist ungültig.`)
};

const en_moderation_invalid_id = /** @type {(inputs: Moderation_Invalid_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This address is not valid.`)
};

const tr_moderation_invalid_id = /** @type {(inputs: Moderation_Invalid_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu adres geçersiz.`)
};

const ar_moderation_invalid_id = /** @type {(inputs: Moderation_Invalid_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا العنوان غير صالح.`)
};

const ru_moderation_invalid_id = /** @type {(inputs: Moderation_Invalid_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Этот адрес недействителен.`)
};

const uk_moderation_invalid_id = /** @type {(inputs: Moderation_Invalid_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ця адреса недійсна.`)
};

/**
* | output |
* | --- |
* | "This address is not valid." |
*
* @param {Moderation_Invalid_IdInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_invalid_id = /** @type {((inputs?: Moderation_Invalid_IdInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Invalid_IdInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_invalid_id(inputs)
	if (locale === "tr") return tr_moderation_invalid_id(inputs)
	if (locale === "ar") return ar_moderation_invalid_id(inputs)
	if (locale === "ru") return ru_moderation_invalid_id(inputs)
	if (locale === "uk") return uk_moderation_invalid_id(inputs)
	return de_moderation_invalid_id(inputs)
});