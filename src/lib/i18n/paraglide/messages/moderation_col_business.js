/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Col_BusinessInputs */

const de_moderation_col_business = /** @type {(inputs: Moderation_Col_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betrieb`)
};

const en_moderation_col_business = /** @type {(inputs: Moderation_Col_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Business`)
};

const tr_moderation_col_business = /** @type {(inputs: Moderation_Col_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletme`)
};

const ar_moderation_col_business = /** @type {(inputs: Moderation_Col_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المنشأة`)
};

const ru_moderation_col_business = /** @type {(inputs: Moderation_Col_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Предприятие`)
};

const uk_moderation_col_business = /** @type {(inputs: Moderation_Col_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підприємство`)
};

/**
* | output |
* | --- |
* | "Business" |
*
* @param {Moderation_Col_BusinessInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_col_business = /** @type {((inputs?: Moderation_Col_BusinessInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Col_BusinessInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_col_business(inputs)
	if (locale === "tr") return tr_moderation_col_business(inputs)
	if (locale === "ar") return ar_moderation_col_business(inputs)
	if (locale === "ru") return ru_moderation_col_business(inputs)
	if (locale === "uk") return uk_moderation_col_business(inputs)
	return de_moderation_col_business(inputs)
});