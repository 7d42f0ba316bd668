/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Salary_Unit_YearInputs */

const de_salary_unit_year = /** @type {(inputs: Salary_Unit_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pro Jahr`)
};

const en_salary_unit_year = /** @type {(inputs: Salary_Unit_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`per year`)
};

const tr_salary_unit_year = /** @type {(inputs: Salary_Unit_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yıllık`)
};

const ar_salary_unit_year = /** @type {(inputs: Salary_Unit_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`في السنة`)
};

const ru_salary_unit_year = /** @type {(inputs: Salary_Unit_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`в год`)
};

const uk_salary_unit_year = /** @type {(inputs: Salary_Unit_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`на рік`)
};

/**
* | output |
* | --- |
* | "per year" |
*
* @param {Salary_Unit_YearInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const salary_unit_year = /** @type {((inputs?: Salary_Unit_YearInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Salary_Unit_YearInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_salary_unit_year(inputs)
	if (locale === "tr") return tr_salary_unit_year(inputs)
	if (locale === "ar") return ar_salary_unit_year(inputs)
	if (locale === "ru") return ru_salary_unit_year(inputs)
	if (locale === "uk") return uk_salary_unit_year(inputs)
	return de_salary_unit_year(inputs)
});