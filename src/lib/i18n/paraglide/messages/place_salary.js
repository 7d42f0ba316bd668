/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_SalaryInputs */

const de_place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lohn`)
};

const en_place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pay`)
};

const tr_place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ücret`)
};

const ar_place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأجر`)
};

const ru_place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оплата`)
};

const uk_place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оплата`)
};

/**
* | output |
* | --- |
* | "Pay" |
*
* @param {Place_SalaryInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_salary = /** @type {((inputs?: Place_SalaryInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_SalaryInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_salary(inputs)
	if (locale === "tr") return tr_place_salary(inputs)
	if (locale === "ar") return ar_place_salary(inputs)
	if (locale === "ru") return ru_place_salary(inputs)
	if (locale === "uk") return uk_place_salary(inputs)
	return de_place_salary(inputs)
});