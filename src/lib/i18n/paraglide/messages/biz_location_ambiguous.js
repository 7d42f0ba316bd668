/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ names: NonNullable<unknown> }} Biz_Location_AmbiguousInputs */

const de_biz_location_ambiguous = /** @type {(inputs: Biz_Location_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mehrere Treffer: ${i?.names}. Bitte genauer angeben.`)
};

const en_biz_location_ambiguous = /** @type {(inputs: Biz_Location_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Several matches: ${i?.names}. Please be more exact.`)
};

const tr_biz_location_ambiguous = /** @type {(inputs: Biz_Location_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Birden fazla sonuç: ${i?.names}. Lütfen daha açık yazın.`)
};

const ar_biz_location_ambiguous = /** @type {(inputs: Biz_Location_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`عدة نتائج: ${i?.names}. يرجى التحديد بدقة أكبر.`)
};

const ru_biz_location_ambiguous = /** @type {(inputs: Biz_Location_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Несколько совпадений: ${i?.names}. Уточните, пожалуйста.`)
};

const uk_biz_location_ambiguous = /** @type {(inputs: Biz_Location_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Кілька збігів: ${i?.names}. Уточніть, будь ласка.`)
};

/**
* | output |
* | --- |
* | "Several matches: {names}. Please be more exact." |
*
* @param {Biz_Location_AmbiguousInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_location_ambiguous = /** @type {((inputs: Biz_Location_AmbiguousInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Location_AmbiguousInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_location_ambiguous(inputs)
	if (locale === "tr") return tr_biz_location_ambiguous(inputs)
	if (locale === "ar") return ar_biz_location_ambiguous(inputs)
	if (locale === "ru") return ru_biz_location_ambiguous(inputs)
	if (locale === "uk") return uk_biz_location_ambiguous(inputs)
	return de_biz_location_ambiguous(inputs)
});