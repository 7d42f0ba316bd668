/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_DemoInputs */

const de_place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo-Daten: dieser Eintrag ist erfunden.`)
};

const en_place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo data: this entry is made up.`)
};

const tr_place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo veriler: bu kayıt uydurmadır.`)
};

const ar_place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بيانات تجريبية: هذا الإدخال مُختلَق.`)
};

const ru_place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-данные: эта запись выдумана.`)
};

const uk_place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-дані: цей запис вигаданий.`)
};

/**
* | output |
* | --- |
* | "Demo data: this entry is made up." |
*
* @param {Place_DemoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_demo = /** @type {((inputs?: Place_DemoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_DemoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_demo(inputs)
	if (locale === "tr") return tr_place_demo(inputs)
	if (locale === "ar") return ar_place_demo(inputs)
	if (locale === "ru") return ru_place_demo(inputs)
	if (locale === "uk") return uk_place_demo(inputs)
	return de_place_demo(inputs)
});