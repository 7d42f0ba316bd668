/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_ContactInputs */

const de_moderation_contact = /** @type {(inputs: Moderation_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt`)
};

const en_moderation_contact = /** @type {(inputs: Moderation_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

const tr_moderation_contact = /** @type {(inputs: Moderation_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İletişim`)
};

const ar_moderation_contact = /** @type {(inputs: Moderation_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التواصل`)
};

const ru_moderation_contact = /** @type {(inputs: Moderation_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт`)
};

const uk_moderation_contact = /** @type {(inputs: Moderation_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт`)
};

/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Moderation_ContactInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_contact = /** @type {((inputs?: Moderation_ContactInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_ContactInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_contact(inputs)
	if (locale === "tr") return tr_moderation_contact(inputs)
	if (locale === "ar") return ar_moderation_contact(inputs)
	if (locale === "ru") return ru_moderation_contact(inputs)
	if (locale === "uk") return uk_moderation_contact(inputs)
	return de_moderation_contact(inputs)
});