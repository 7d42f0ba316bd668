/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} German_NoneInputs */

const de_german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kein Deutsch nötig`)
};

const en_german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no German needed`)
};

const tr_german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Almanca gerekmez`)
};

const ar_german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا حاجة للألمانية`)
};

const ru_german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`немецкий не нужен`)
};

const uk_german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`німецька не потрібна`)
};

/**
* | output |
* | --- |
* | "no German needed" |
*
* @param {German_NoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_none = /** @type {((inputs?: German_NoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_NoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_german_none(inputs)
	if (locale === "tr") return tr_german_none(inputs)
	if (locale === "ar") return ar_german_none(inputs)
	if (locale === "ru") return ru_german_none(inputs)
	if (locale === "uk") return uk_german_none(inputs)
	return de_german_none(inputs)
});