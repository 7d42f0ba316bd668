/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Coordinates_PairInputs */

const de_biz_coordinates_pair = /** @type {(inputs: Biz_Coordinates_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte Breite und Länge zusammen angeben.`)
};

const en_biz_coordinates_pair = /** @type {(inputs: Biz_Coordinates_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please enter latitude and longitude together.`)
};

const tr_biz_coordinates_pair = /** @type {(inputs: Biz_Coordinates_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen enlem ve boylamı birlikte girin.`)
};

const ar_biz_coordinates_pair = /** @type {(inputs: Biz_Coordinates_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إدخال خط العرض وخط الطول معًا.`)
};

const ru_biz_coordinates_pair = /** @type {(inputs: Biz_Coordinates_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Укажите широту и долготу вместе.`)
};

const uk_biz_coordinates_pair = /** @type {(inputs: Biz_Coordinates_PairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вкажіть широту й довготу разом.`)
};

/**
* | output |
* | --- |
* | "Please enter latitude and longitude together." |
*
* @param {Biz_Coordinates_PairInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_coordinates_pair = /** @type {((inputs?: Biz_Coordinates_PairInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Coordinates_PairInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_coordinates_pair(inputs)
	if (locale === "tr") return tr_biz_coordinates_pair(inputs)
	if (locale === "ar") return ar_biz_coordinates_pair(inputs)
	if (locale === "ru") return ru_biz_coordinates_pair(inputs)
	if (locale === "uk") return uk_biz_coordinates_pair(inputs)
	return de_biz_coordinates_pair(inputs)
});