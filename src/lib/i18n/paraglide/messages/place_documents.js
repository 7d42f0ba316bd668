/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_DocumentsInputs */

const de_place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte mitbringen`)
};

const en_place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please bring`)
};

const tr_place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen yanınızda getirin`)
};

const ar_place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إحضار`)
};

const ru_place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Возьмите с собой`)
};

const uk_place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Візьміть із собою`)
};

/**
* | output |
* | --- |
* | "Please bring" |
*
* @param {Place_DocumentsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_documents = /** @type {((inputs?: Place_DocumentsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_DocumentsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_documents(inputs)
	if (locale === "tr") return tr_place_documents(inputs)
	if (locale === "ar") return ar_place_documents(inputs)
	if (locale === "ru") return ru_place_documents(inputs)
	if (locale === "uk") return uk_place_documents(inputs)
	return de_place_documents(inputs)
});