/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Col_KindInputs */

const de_moderation_col_kind = /** @type {(inputs: Moderation_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Art`)
};

const en_moderation_col_kind = /** @type {(inputs: Moderation_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

const tr_moderation_col_kind = /** @type {(inputs: Moderation_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tür`)
};

const ar_moderation_col_kind = /** @type {(inputs: Moderation_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النوع`)
};

const ru_moderation_col_kind = /** @type {(inputs: Moderation_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вид`)
};

const uk_moderation_col_kind = /** @type {(inputs: Moderation_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вид`)
};

/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Moderation_Col_KindInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_col_kind = /** @type {((inputs?: Moderation_Col_KindInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Col_KindInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_col_kind(inputs)
	if (locale === "tr") return tr_moderation_col_kind(inputs)
	if (locale === "ar") return ar_moderation_col_kind(inputs)
	if (locale === "ru") return ru_moderation_col_kind(inputs)
	if (locale === "uk") return uk_moderation_col_kind(inputs)
	return de_moderation_col_kind(inputs)
});