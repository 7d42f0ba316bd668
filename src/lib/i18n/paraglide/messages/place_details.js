/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_DetailsInputs */

const de_place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Wichtigste`)
};

const en_place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Key facts`)
};

const tr_place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En önemli bilgiler`)
};

const ar_place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أهم المعلومات`)
};

const ru_place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Главное`)
};

const uk_place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Головне`)
};

/**
* | output |
* | --- |
* | "Key facts" |
*
* @param {Place_DetailsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_details = /** @type {((inputs?: Place_DetailsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_DetailsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_details(inputs)
	if (locale === "tr") return tr_place_details(inputs)
	if (locale === "ar") return ar_place_details(inputs)
	if (locale === "ru") return ru_place_details(inputs)
	if (locale === "uk") return uk_place_details(inputs)
	return de_place_details(inputs)
});