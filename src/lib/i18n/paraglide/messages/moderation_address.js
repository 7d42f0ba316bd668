/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_AddressInputs */

const de_moderation_address = /** @type {(inputs: Moderation_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse`)
};

const en_moderation_address = /** @type {(inputs: Moderation_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Address`)
};

const tr_moderation_address = /** @type {(inputs: Moderation_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adres`)
};

const ar_moderation_address = /** @type {(inputs: Moderation_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العنوان`)
};

const ru_moderation_address = /** @type {(inputs: Moderation_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адрес`)
};

const uk_moderation_address = /** @type {(inputs: Moderation_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адреса`)
};

/**
* | output |
* | --- |
* | "Address" |
*
* @param {Moderation_AddressInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_address = /** @type {((inputs?: Moderation_AddressInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_AddressInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_address(inputs)
	if (locale === "tr") return tr_moderation_address(inputs)
	if (locale === "ar") return ar_moderation_address(inputs)
	if (locale === "ru") return ru_moderation_address(inputs)
	if (locale === "uk") return uk_moderation_address(inputs)
	return de_moderation_address(inputs)
});