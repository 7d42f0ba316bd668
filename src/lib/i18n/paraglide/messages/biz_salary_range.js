/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Salary_RangeInputs */

const de_biz_salary_range = /** @type {(inputs: Biz_Salary_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Höchstgehalt ist kleiner als das Mindestgehalt.`)
};

const en_biz_salary_range = /** @type {(inputs: Biz_Salary_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The highest pay is lower than the lowest pay.`)
};

const tr_biz_salary_range = /** @type {(inputs: Biz_Salary_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En yüksek maaş, en düşük maaştan az.`)
};

const ar_biz_salary_range = /** @type {(inputs: Biz_Salary_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الراتب الأعلى أقل من الراتب الأدنى.`)
};

const ru_biz_salary_range = /** @type {(inputs: Biz_Salary_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Максимальная зарплата меньше минимальной.`)
};

const uk_biz_salary_range = /** @type {(inputs: Biz_Salary_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Максимальна зарплата менша за мінімальну.`)
};

/**
* | output |
* | --- |
* | "The highest pay is lower than the lowest pay." |
*
* @param {Biz_Salary_RangeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_salary_range = /** @type {((inputs?: Biz_Salary_RangeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Salary_RangeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_salary_range(inputs)
	if (locale === "tr") return tr_biz_salary_range(inputs)
	if (locale === "ar") return ar_biz_salary_range(inputs)
	if (locale === "ru") return ru_biz_salary_range(inputs)
	if (locale === "uk") return uk_biz_salary_range(inputs)
	return de_biz_salary_range(inputs)
});