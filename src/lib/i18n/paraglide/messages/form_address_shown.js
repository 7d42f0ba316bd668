/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Address_ShownInputs */

const de_form_address_shown = /** @type {(inputs: Form_Address_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse (wird angezeigt)`)
};

const en_form_address_shown = /** @type {(inputs: Form_Address_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Address (shown)`)
};

const tr_form_address_shown = /** @type {(inputs: Form_Address_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adres (gösterilir)`)
};

const ar_form_address_shown = /** @type {(inputs: Form_Address_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العنوان (يظهر)`)
};

const ru_form_address_shown = /** @type {(inputs: Form_Address_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адрес (показывается)`)
};

const uk_form_address_shown = /** @type {(inputs: Form_Address_ShownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адреса (показується)`)
};

/**
* | output |
* | --- |
* | "Address (shown)" |
*
* @param {Form_Address_ShownInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_address_shown = /** @type {((inputs?: Form_Address_ShownInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Address_ShownInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_address_shown(inputs)
	if (locale === "tr") return tr_form_address_shown(inputs)
	if (locale === "ar") return ar_form_address_shown(inputs)
	if (locale === "ru") return ru_form_address_shown(inputs)
	if (locale === "uk") return uk_form_address_shown(inputs)
	return de_form_address_shown(inputs)
});