/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Salary_UnitInputs */

const de_biz_salary_unit = /** @type {(inputs: Biz_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte angeben, ob das Gehalt pro Stunde, Monat oder Jahr gilt.`)
};

const en_biz_salary_unit = /** @type {(inputs: Biz_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please say if the pay is per hour, month or year.`)
};

const tr_biz_salary_unit = /** @type {(inputs: Biz_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen maaşın saatlik, aylık veya yıllık olduğunu belirtin.`)
};

const ar_biz_salary_unit = /** @type {(inputs: Biz_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى تحديد إن كان الراتب للساعة أو للشهر أو للسنة.`)
};

const ru_biz_salary_unit = /** @type {(inputs: Biz_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Укажите: зарплата в час, в месяц или в год.`)
};

const uk_biz_salary_unit = /** @type {(inputs: Biz_Salary_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вкажіть: зарплата за годину, місяць чи рік.`)
};

/**
* | output |
* | --- |
* | "Please say if the pay is per hour, month or year." |
*
* @param {Biz_Salary_UnitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_salary_unit = /** @type {((inputs?: Biz_Salary_UnitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Salary_UnitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_salary_unit(inputs)
	if (locale === "tr") return tr_biz_salary_unit(inputs)
	if (locale === "ar") return ar_biz_salary_unit(inputs)
	if (locale === "ru") return ru_biz_salary_unit(inputs)
	if (locale === "uk") return uk_biz_salary_unit(inputs)
	return de_biz_salary_unit(inputs)
});