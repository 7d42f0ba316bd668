/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_LocationInputs */

const de_moderation_location = /** @type {(inputs: Moderation_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ort`)
};

const en_moderation_location = /** @type {(inputs: Moderation_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Location`)
};

const tr_moderation_location = /** @type {(inputs: Moderation_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Konum`)
};

const ar_moderation_location = /** @type {(inputs: Moderation_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الموقع`)
};

const ru_moderation_location = /** @type {(inputs: Moderation_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Место`)
};

const uk_moderation_location = /** @type {(inputs: Moderation_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Місце`)
};

/**
* | output |
* | --- |
* | "Location" |
*
* @param {Moderation_LocationInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_location = /** @type {((inputs?: Moderation_LocationInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_LocationInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_location(inputs)
	if (locale === "tr") return tr_moderation_location(inputs)
	if (locale === "ar") return ar_moderation_location(inputs)
	if (locale === "ru") return ru_moderation_location(inputs)
	if (locale === "uk") return uk_moderation_location(inputs)
	return de_moderation_location(inputs)
});