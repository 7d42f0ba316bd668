/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_TaglineInputs */

const de_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeit, Räume und Hilfe in Sennestadt, Sieker-Mitte und Baumheide`)
};

const en_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Work, spaces and help in Sennestadt, Sieker-Mitte and Baumheide`)
};

const tr_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sennestadt, Sieker-Mitte ve Baumheide'de iş, mekân ve destek`)
};

const ar_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عمل وأماكن ومساعدة في زينِشتات وزيكر-ميته وباومهايده`)
};

const ru_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Работа, помещения и помощь в Зеннештадте, Зикер-Митте и Баумхайде`)
};

const uk_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робота, приміщення і допомога в Зеннештадті, Зікер-Мітте і Баумгайде`)
};

/**
* | output |
* | --- |
* | "Work, spaces and help in Sennestadt, Sieker-Mitte and Baumheide" |
*
* @param {App_TaglineInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const app_tagline = /** @type {((inputs?: App_TaglineInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_TaglineInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_app_tagline(inputs)
	if (locale === "tr") return tr_app_tagline(inputs)
	if (locale === "ar") return ar_app_tagline(inputs)
	if (locale === "ru") return ru_app_tagline(inputs)
	if (locale === "uk") return uk_app_tagline(inputs)
	return de_app_tagline(inputs)
});