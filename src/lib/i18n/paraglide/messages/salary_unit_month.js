/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Salary_Unit_MonthInputs */

const de_salary_unit_month = /** @type {(inputs: Salary_Unit_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pro Monat`)
};

const en_salary_unit_month = /** @type {(inputs: Salary_Unit_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`per month`)
};

const tr_salary_unit_month = /** @type {(inputs: Salary_Unit_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aylık`)
};

const ar_salary_unit_month = /** @type {(inputs: Salary_Unit_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`في الشهر`)
};

const ru_salary_unit_month = /** @type {(inputs: Salary_Unit_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`в месяц`)
};

const uk_salary_unit_month = /** @type {(inputs: Salary_Unit_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`на місяць`)
};

/**
* | output |
* | --- |
* | "per month" |
*
* @param {Salary_Unit_MonthInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const salary_unit_month = /** @type {((inputs?: Salary_Unit_MonthInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Salary_Unit_MonthInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_salary_unit_month(inputs)
	if (locale === "tr") return tr_salary_unit_month(inputs)
	if (locale === "ar") return ar_salary_unit_month(inputs)
	if (locale === "ru") return ru_salary_unit_month(inputs)
	if (locale === "uk") return uk_salary_unit_month(inputs)
	return de_salary_unit_month(inputs)
});