/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mod_ReturnInputs */

const de_mod_return = /** @type {(inputs: Mod_ReturnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurück zur Überarbeitung`)
};

const en_mod_return = /** @type {(inputs: Mod_ReturnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send back for changes`)
};

const tr_mod_return = /** @type {(inputs: Mod_ReturnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Düzeltme için geri gönder`)
};

const ar_mod_return = /** @type {(inputs: Mod_ReturnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إعادة للتعديل`)
};

const ru_mod_return = /** @type {(inputs: Mod_ReturnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вернуть на доработку`)
};

const uk_mod_return = /** @type {(inputs: Mod_ReturnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повернути на доопрацювання`)
};

/**
* | output |
* | --- |
* | "Send back for changes" |
*
* @param {Mod_ReturnInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const mod_return = /** @type {((inputs?: Mod_ReturnInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mod_ReturnInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_mod_return(inputs)
	if (locale === "tr") return tr_mod_return(inputs)
	if (locale === "ar") return ar_mod_return(inputs)
	if (locale === "ru") return ru_mod_return(inputs)
	if (locale === "uk") return uk_mod_return(inputs)
	return de_mod_return(inputs)
});