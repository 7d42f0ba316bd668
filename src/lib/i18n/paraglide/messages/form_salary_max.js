/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Salary_MaxInputs */

const de_form_salary_max = /** @type {(inputs: Form_Salary_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gehalt bis (Euro, freiwillig)`)
};

const en_form_salary_max = /** @type {(inputs: Form_Salary_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pay up to (euro, optional)`)
};

const tr_form_salary_max = /** @type {(inputs: Form_Salary_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Maaş en çok (Euro, isteğe bağlı)`)
};

const ar_form_salary_max = /** @type {(inputs: Form_Salary_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الراتب حتى (يورو، اختياري)`)
};

const ru_form_salary_max = /** @type {(inputs: Form_Salary_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зарплата до (евро, по желанию)`)
};

const uk_form_salary_max = /** @type {(inputs: Form_Salary_MaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зарплата до (євро, за бажанням)`)
};

/**
* | output |
* | --- |
* | "Pay up to (euro, optional)" |
*
* @param {Form_Salary_MaxInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_salary_max = /** @type {((inputs?: Form_Salary_MaxInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Salary_MaxInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_salary_max(inputs)
	if (locale === "tr") return tr_form_salary_max(inputs)
	if (locale === "ar") return ar_form_salary_max(inputs)
	if (locale === "ru") return ru_form_salary_max(inputs)
	if (locale === "uk") return uk_form_salary_max(inputs)
	return de_form_salary_max(inputs)
});