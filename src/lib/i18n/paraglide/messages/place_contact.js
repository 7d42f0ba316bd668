/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_ContactInputs */

const de_place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt`)
};

const en_place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

const tr_place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İletişim`)
};

const ar_place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التواصل`)
};

const ru_place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт`)
};

const uk_place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт`)
};

/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Place_ContactInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_contact = /** @type {((inputs?: Place_ContactInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_ContactInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_contact(inputs)
	if (locale === "tr") return tr_place_contact(inputs)
	if (locale === "ar") return ar_place_contact(inputs)
	if (locale === "ru") return ru_place_contact(inputs)
	if (locale === "uk") return uk_place_contact(inputs)
	return de_place_contact(inputs)
});