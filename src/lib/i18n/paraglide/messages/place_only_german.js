/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Only_GermanInputs */

const de_place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diesen Text gibt es nur auf Deutsch.`)
};

const en_place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This text is only available in German.`)
};

const tr_place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu metin sadece Almanca mevcut.`)
};

const ar_place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا النص متوفر بالألمانية فقط.`)
};

const ru_place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Этот текст есть только на немецком.`)
};

const uk_place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цей текст є лише німецькою.`)
};

/**
* | output |
* | --- |
* | "This text is only available in German." |
*
* @param {Place_Only_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_only_german = /** @type {((inputs?: Place_Only_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Only_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_only_german(inputs)
	if (locale === "tr") return tr_place_only_german(inputs)
	if (locale === "ar") return ar_place_only_german(inputs)
	if (locale === "ru") return ru_place_only_german(inputs)
	if (locale === "uk") return uk_place_only_german(inputs)
	return de_place_only_german(inputs)
});