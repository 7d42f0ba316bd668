/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown> }} Biz_Too_ShortInputs */

const de_biz_too_short = /** @type {(inputs: Biz_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bitte mindestens ${i?.min} Zeichen eingeben.`)
};

const en_biz_too_short = /** @type {(inputs: Biz_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Please enter at least ${i?.min} characters.`)
};

const tr_biz_too_short = /** @type {(inputs: Biz_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lütfen en az ${i?.min} karakter girin.`)
};

const ar_biz_too_short = /** @type {(inputs: Biz_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`يرجى إدخال ${i?.min} أحرف على الأقل.`)
};

const ru_biz_too_short = /** @type {(inputs: Biz_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введите не меньше ${i?.min} знаков.`)
};

const uk_biz_too_short = /** @type {(inputs: Biz_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введіть щонайменше ${i?.min} знаків.`)
};

/**
* | output |
* | --- |
* | "Please enter at least {min} characters." |
*
* @param {Biz_Too_ShortInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_too_short = /** @type {((inputs: Biz_Too_ShortInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Too_ShortInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_too_short(inputs)
	if (locale === "tr") return tr_biz_too_short(inputs)
	if (locale === "ar") return ar_biz_too_short(inputs)
	if (locale === "ru") return ru_biz_too_short(inputs)
	if (locale === "uk") return uk_biz_too_short(inputs)
	return de_biz_too_short(inputs)
});