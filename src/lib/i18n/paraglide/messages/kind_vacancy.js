/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_VacancyInputs */

const de_kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellenangebote`)
};

const en_kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Job offers`)
};

const tr_kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İş ilanları`)
};

const ar_kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عروض عمل`)
};

const ru_kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вакансии`)
};

const uk_kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вакансії`)
};

/**
* | output |
* | --- |
* | "Job offers" |
*
* @param {Kind_VacancyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_vacancy = /** @type {((inputs?: Kind_VacancyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_VacancyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_kind_vacancy(inputs)
	if (locale === "tr") return tr_kind_vacancy(inputs)
	if (locale === "ar") return ar_kind_vacancy(inputs)
	if (locale === "ru") return ru_kind_vacancy(inputs)
	if (locale === "uk") return uk_kind_vacancy(inputs)
	return de_kind_vacancy(inputs)
});