/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Salary_UnitInputs */

const de_form_salary_unit = /** @type {(inputs: Form_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gehalt gilt`)
};

const en_form_salary_unit = /** @type {(inputs: Form_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pay is`)
};

const tr_form_salary_unit = /** @type {(inputs: Form_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Maaş`)
};

const ar_form_salary_unit = /** @type {(inputs: Form_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الراتب`)
};

const ru_form_salary_unit = /** @type {(inputs: Form_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зарплата`)
};

const uk_form_salary_unit = /** @type {(inputs: Form_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зарплата`)
};

/**
* | output |
* | --- |
* | "Pay is" |
*
* @param {Form_Salary_UnitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_salary_unit = /** @type {((inputs?: Form_Salary_UnitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Salary_UnitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_salary_unit(inputs)
	if (locale === "tr") return tr_form_salary_unit(inputs)
	if (locale === "ar") return ar_form_salary_unit(inputs)
	if (locale === "ru") return ru_form_salary_unit(inputs)
	if (locale === "uk") return uk_form_salary_unit(inputs)
	return de_form_salary_unit(inputs)
});