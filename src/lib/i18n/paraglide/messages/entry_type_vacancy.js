/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Entry_Type_VacancyInputs */

const de_entry_type_vacancy = /** @type {(inputs: Entry_Type_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellenangebot`)
};

const en_entry_type_vacancy = /** @type {(inputs: Entry_Type_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Job offer`)
};

const tr_entry_type_vacancy = /** @type {(inputs: Entry_Type_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İş ilanı`)
};

const ar_entry_type_vacancy = /** @type {(inputs: Entry_Type_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عرض عمل`)
};

const ru_entry_type_vacancy = /** @type {(inputs: Entry_Type_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вакансия`)
};

const uk_entry_type_vacancy = /** @type {(inputs: Entry_Type_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вакансія`)
};

/**
* | output |
* | --- |
* | "Job offer" |
*
* @param {Entry_Type_VacancyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const entry_type_vacancy = /** @type {((inputs?: Entry_Type_VacancyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Entry_Type_VacancyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_entry_type_vacancy(inputs)
	if (locale === "tr") return tr_entry_type_vacancy(inputs)
	if (locale === "ar") return ar_entry_type_vacancy(inputs)
	if (locale === "ru") return ru_entry_type_vacancy(inputs)
	if (locale === "uk") return uk_entry_type_vacancy(inputs)
	return de_entry_type_vacancy(inputs)
});