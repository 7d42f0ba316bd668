/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Salary_Unit_HourInputs */

const de_salary_unit_hour = /** @type {(inputs: Salary_Unit_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pro Stunde`)
};

const en_salary_unit_hour = /** @type {(inputs: Salary_Unit_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`per hour`)
};

const tr_salary_unit_hour = /** @type {(inputs: Salary_Unit_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`saatlik`)
};

const ar_salary_unit_hour = /** @type {(inputs: Salary_Unit_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`في الساعة`)
};

const ru_salary_unit_hour = /** @type {(inputs: Salary_Unit_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`в час`)
};

const uk_salary_unit_hour = /** @type {(inputs: Salary_Unit_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`за годину`)
};

/**
* | output |
* | --- |
* | "per hour" |
*
* @param {Salary_Unit_HourInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const salary_unit_hour = /** @type {((inputs?: Salary_Unit_HourInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Salary_Unit_HourInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_salary_unit_hour(inputs)
	if (locale === "tr") return tr_salary_unit_hour(inputs)
	if (locale === "ar") return ar_salary_unit_hour(inputs)
	if (locale === "ru") return ru_salary_unit_hour(inputs)
	if (locale === "uk") return uk_salary_unit_hour(inputs)
	return de_salary_unit_hour(inputs)
});