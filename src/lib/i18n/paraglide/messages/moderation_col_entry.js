/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Col_EntryInputs */

const de_moderation_col_entry = /** @type {(inputs: Moderation_Col_EntryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eintrag`)
};

const en_moderation_col_entry = /** @type {(inputs: Moderation_Col_EntryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entry`)
};

const tr_moderation_col_entry = /** @type {(inputs: Moderation_Col_EntryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kayıt`)
};

const ar_moderation_col_entry = /** @type {(inputs: Moderation_Col_EntryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الإدخال`)
};

const ru_moderation_col_entry = /** @type {(inputs: Moderation_Col_EntryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запись`)
};

const uk_moderation_col_entry = /** @type {(inputs: Moderation_Col_EntryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запис`)
};

/**
* | output |
* | --- |
* | "Entry" |
*
* @param {Moderation_Col_EntryInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_col_entry = /** @type {((inputs?: Moderation_Col_EntryInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Col_EntryInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_col_entry(inputs)
	if (locale === "tr") return tr_moderation_col_entry(inputs)
	if (locale === "ar") return ar_moderation_col_entry(inputs)
	if (locale === "ru") return ru_moderation_col_entry(inputs)
	if (locale === "uk") return uk_moderation_col_entry(inputs)
	return de_moderation_col_entry(inputs)
});