/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_EmployerInputs */

const de_kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitgeber`)
};

const en_kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Employers`)
};

const tr_kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşverenler`)
};

const ar_kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أصحاب عمل`)
};

const ru_kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Работодатели`)
};

const uk_kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Роботодавці`)
};

/**
* | output |
* | --- |
* | "Employers" |
*
* @param {Kind_EmployerInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_employer = /** @type {((inputs?: Kind_EmployerInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_EmployerInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_kind_employer(inputs)
	if (locale === "tr") return tr_kind_employer(inputs)
	if (locale === "ar") return ar_kind_employer(inputs)
	if (locale === "ru") return ru_kind_employer(inputs)
	if (locale === "uk") return uk_kind_employer(inputs)
	return de_kind_employer(inputs)
});