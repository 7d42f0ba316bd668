/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Language_ApplyInputs */

const de_language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wechseln`)
};

const en_language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change`)
};

const tr_language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Değiştir`)
};

const ar_language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تغيير`)
};

const ru_language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сменить`)
};

const uk_language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Змінити`)
};

/**
* | output |
* | --- |
* | "Change" |
*
* @param {Language_ApplyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const language_apply = /** @type {((inputs?: Language_ApplyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_ApplyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_language_apply(inputs)
	if (locale === "tr") return tr_language_apply(inputs)
	if (locale === "ar") return ar_language_apply(inputs)
	if (locale === "ru") return ru_language_apply(inputs)
	if (locale === "uk") return uk_language_apply(inputs)
	return de_language_apply(inputs)
});