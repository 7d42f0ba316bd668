/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Biz_Too_LongInputs */

const de_biz_too_long = /** @type {(inputs: Biz_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bitte höchstens ${i?.max} Zeichen eingeben (Text kürzen).`)
};

const en_biz_too_long = /** @type {(inputs: Biz_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Please enter at most ${i?.max} characters (shorten the text).`)
};

const tr_biz_too_long = /** @type {(inputs: Biz_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lütfen en fazla ${i?.max} karakter girin (metni kısaltın).`)
};

const ar_biz_too_long = /** @type {(inputs: Biz_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`يرجى إدخال ${i?.max} حرفًا على الأكثر (اختصر النص).`)
};

const ru_biz_too_long = /** @type {(inputs: Biz_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введите не больше ${i?.max} знаков (сократите текст).`)
};

const uk_biz_too_long = /** @type {(inputs: Biz_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введіть не більше ${i?.max} знаків (скоротіть текст).`)
};

/**
* | output |
* | --- |
* | "Please enter at most {max} characters (shorten the text)." |
*
* @param {Biz_Too_LongInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_too_long = /** @type {((inputs: Biz_Too_LongInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Too_LongInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_too_long(inputs)
	if (locale === "tr") return tr_biz_too_long(inputs)
	if (locale === "ar") return ar_biz_too_long(inputs)
	if (locale === "ru") return ru_biz_too_long(inputs)
	if (locale === "uk") return uk_biz_too_long(inputs)
	return de_biz_too_long(inputs)
});