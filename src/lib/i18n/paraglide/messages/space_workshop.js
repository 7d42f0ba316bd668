/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Space_WorkshopInputs */

const de_space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Werkstatt`)
};

const en_space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workshop`)
};

const tr_space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Atölye`)
};

const ar_space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ورشة`)
};

const ru_space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мастерская`)
};

const uk_space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Майстерня`)
};

/**
* | output |
* | --- |
* | "Workshop" |
*
* @param {Space_WorkshopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_workshop = /** @type {((inputs?: Space_WorkshopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_WorkshopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_space_workshop(inputs)
	if (locale === "tr") return tr_space_workshop(inputs)
	if (locale === "ar") return ar_space_workshop(inputs)
	if (locale === "ru") return ru_space_workshop(inputs)
	if (locale === "uk") return uk_space_workshop(inputs)
	return de_space_workshop(inputs)
});