/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Salary_MinInputs */

const de_form_salary_min = /** @type {(inputs: Form_Salary_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gehalt von (Euro, freiwillig)`)
};

const en_form_salary_min = /** @type {(inputs: Form_Salary_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pay from (euro, optional)`)
};

const tr_form_salary_min = /** @type {(inputs: Form_Salary_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Maaş en az (Euro, isteğe bağlı)`)
};

const ar_form_salary_min = /** @type {(inputs: Form_Salary_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الراتب من (يورو، اختياري)`)
};

const ru_form_salary_min = /** @type {(inputs: Form_Salary_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зарплата от (евро, по желанию)`)
};

const uk_form_salary_min = /** @type {(inputs: Form_Salary_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зарплата від (євро, за бажанням)`)
};

/**
* | output |
* | --- |
* | "Pay from (euro, optional)" |
*
* @param {Form_Salary_MinInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_salary_min = /** @type {((inputs?: Form_Salary_MinInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Salary_MinInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_salary_min(inputs)
	if (locale === "tr") return tr_form_salary_min(inputs)
	if (locale === "ar") return ar_form_salary_min(inputs)
	if (locale === "ru") return ru_form_salary_min(inputs)
	if (locale === "uk") return uk_form_salary_min(inputs)
	return de_form_salary_min(inputs)
});