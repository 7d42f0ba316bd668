/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_German_LevelInputs */

const de_form_german_level = /** @type {(inputs: Form_German_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nötige Deutschkenntnisse`)
};

const en_form_german_level = /** @type {(inputs: Form_German_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`German needed`)
};

const tr_form_german_level = /** @type {(inputs: Form_German_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gereken Almanca`)
};

const ar_form_german_level = /** @type {(inputs: Form_German_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مستوى الألمانية المطلوب`)
};

const ru_form_german_level = /** @type {(inputs: Form_German_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нужный уровень немецкого`)
};

const uk_form_german_level = /** @type {(inputs: Form_German_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Потрібний рівень німецької`)
};

/**
* | output |
* | --- |
* | "German needed" |
*
* @param {Form_German_LevelInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_german_level = /** @type {((inputs?: Form_German_LevelInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_German_LevelInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_german_level(inputs)
	if (locale === "tr") return tr_form_german_level(inputs)
	if (locale === "ar") return ar_form_german_level(inputs)
	if (locale === "ru") return ru_form_german_level(inputs)
	if (locale === "uk") return uk_form_german_level(inputs)
	return de_form_german_level(inputs)
});