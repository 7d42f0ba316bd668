/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_AddressInputs */

const de_form_address = /** @type {(inputs: Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse`)
};

const en_form_address = /** @type {(inputs: Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Address`)
};

const tr_form_address = /** @type {(inputs: Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adres`)
};

const ar_form_address = /** @type {(inputs: Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العنوان`)
};

const ru_form_address = /** @type {(inputs: Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адрес`)
};

const uk_form_address = /** @type {(inputs: Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адреса`)
};

/**
* | output |
* | --- |
* | "Address" |
*
* @param {Form_AddressInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_address = /** @type {((inputs?: Form_AddressInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_AddressInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_address(inputs)
	if (locale === "tr") return tr_form_address(inputs)
	if (locale === "ar") return ar_form_address(inputs)
	if (locale === "ru") return ru_form_address(inputs)
	if (locale === "uk") return uk_form_address(inputs)
	return de_form_address(inputs)
});