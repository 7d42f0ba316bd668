/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_AddressInputs */

const de_place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse`)
};

const en_place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Address`)
};

const tr_place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adres`)
};

const ar_place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العنوان`)
};

const ru_place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адрес`)
};

const uk_place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адреса`)
};

/**
* | output |
* | --- |
* | "Address" |
*
* @param {Place_AddressInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_address = /** @type {((inputs?: Place_AddressInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_AddressInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_address(inputs)
	if (locale === "tr") return tr_place_address(inputs)
	if (locale === "ar") return ar_place_address(inputs)
	if (locale === "ru") return ru_place_address(inputs)
	if (locale === "uk") return uk_place_address(inputs)
	return de_place_address(inputs)
});