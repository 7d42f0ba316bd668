/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_RentInputs */

const de_place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Miete pro Monat`)
};

const en_place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rent per month`)
};

const tr_place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aylık kira`)
};

const ar_place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الإيجار الشهري`)
};

const ru_place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Аренда в месяц`)
};

const uk_place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оренда на місяць`)
};

/**
* | output |
* | --- |
* | "Rent per month" |
*
* @param {Place_RentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_rent = /** @type {((inputs?: Place_RentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_RentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_rent(inputs)
	if (locale === "tr") return tr_place_rent(inputs)
	if (locale === "ar") return ar_place_rent(inputs)
	if (locale === "ru") return ru_place_rent(inputs)
	if (locale === "uk") return uk_place_rent(inputs)
	return de_place_rent(inputs)
});