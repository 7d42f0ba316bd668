/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_RentInputs */

const de_form_rent = /** @type {(inputs: Form_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Miete pro Monat (Euro)`)
};

const en_form_rent = /** @type {(inputs: Form_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rent per month (euro)`)
};

const tr_form_rent = /** @type {(inputs: Form_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aylık kira (Euro)`)
};

const ar_form_rent = /** @type {(inputs: Form_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الإيجار الشهري (يورو)`)
};

const ru_form_rent = /** @type {(inputs: Form_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Аренда в месяц (евро)`)
};

const uk_form_rent = /** @type {(inputs: Form_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оренда на місяць (євро)`)
};

/**
* | output |
* | --- |
* | "Rent per month (euro)" |
*
* @param {Form_RentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_rent = /** @type {((inputs?: Form_RentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_RentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_rent(inputs)
	if (locale === "tr") return tr_form_rent(inputs)
	if (locale === "ar") return ar_form_rent(inputs)
	if (locale === "ru") return ru_form_rent(inputs)
	if (locale === "uk") return uk_form_rent(inputs)
	return de_form_rent(inputs)
});