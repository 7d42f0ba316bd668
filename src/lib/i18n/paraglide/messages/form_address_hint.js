/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Address_HintInputs */

const de_form_address_hint = /** @type {(inputs: Form_Address_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`So steht sie auf der Karte, z. B. „Elbeallee 12“.`)
};

const en_form_address_hint = /** @type {(inputs: Form_Address_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is how it shows on the map, e.g. “Elbeallee 12”.`)
};

const tr_form_address_hint = /** @type {(inputs: Form_Address_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haritada böyle görünür, ör. “Elbeallee 12”.`)
};

const ar_form_address_hint = /** @type {(inputs: Form_Address_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هكذا يظهر على الخريطة، مثلًا «Elbeallee 12».`)
};

const ru_form_address_hint = /** @type {(inputs: Form_Address_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Так он будет на карте, напр. «Elbeallee 12».`)
};

const uk_form_address_hint = /** @type {(inputs: Form_Address_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Так вона буде на карті, напр. «Elbeallee 12».`)
};

/**
* | output |
* | --- |
* | "This is how it shows on the map, e.g. “Elbeallee 12”." |
*
* @param {Form_Address_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_address_hint = /** @type {((inputs?: Form_Address_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Address_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_address_hint(inputs)
	if (locale === "tr") return tr_form_address_hint(inputs)
	if (locale === "ar") return ar_form_address_hint(inputs)
	if (locale === "ru") return ru_form_address_hint(inputs)
	if (locale === "uk") return uk_form_address_hint(inputs)
	return de_form_address_hint(inputs)
});