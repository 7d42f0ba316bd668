/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_WriteInputs */

const de_place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-Mail schreiben`)
};

const en_place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write an e-mail`)
};

const tr_place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-posta yaz`)
};

const ar_place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كتابة بريد إلكتروني`)
};

const ru_place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Написать письмо`)
};

const uk_place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Написати листа`)
};

/**
* | output |
* | --- |
* | "Write an e-mail" |
*
* @param {Place_WriteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_write = /** @type {((inputs?: Place_WriteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_WriteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_write(inputs)
	if (locale === "tr") return tr_place_write(inputs)
	if (locale === "ar") return ar_place_write(inputs)
	if (locale === "ru") return ru_place_write(inputs)
	if (locale === "uk") return uk_place_write(inputs)
	return de_place_write(inputs)
});