/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Space_OtherInputs */

const de_space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonstiges`)
};

const en_space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other`)
};

const tr_space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diğer`)
};

const ar_space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`غير ذلك`)
};

const ru_space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Другое`)
};

const uk_space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Інше`)
};

/**
* | output |
* | --- |
* | "Other" |
*
* @param {Space_OtherInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_other = /** @type {((inputs?: Space_OtherInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_OtherInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_space_other(inputs)
	if (locale === "tr") return tr_space_other(inputs)
	if (locale === "ar") return ar_space_other(inputs)
	if (locale === "ru") return ru_space_other(inputs)
	if (locale === "uk") return uk_space_other(inputs)
	return de_space_other(inputs)
});