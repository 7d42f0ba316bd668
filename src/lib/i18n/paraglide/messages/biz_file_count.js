/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Biz_File_CountInputs */

const de_biz_file_count = /** @type {(inputs: Biz_File_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Höchstens ${i?.n} Bilder.`)
};

const en_biz_file_count = /** @type {(inputs: Biz_File_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`At most ${i?.n} images.`)
};

const tr_biz_file_count = /** @type {(inputs: Biz_File_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`En fazla ${i?.n} resim.`)
};

const ar_biz_file_count = /** @type {(inputs: Biz_File_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} صور كحد أقصى.`)
};

const ru_biz_file_count = /** @type {(inputs: Biz_File_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Не больше ${i?.n} изображений.`)
};

const uk_biz_file_count = /** @type {(inputs: Biz_File_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Не більше ${i?.n} зображень.`)
};

/**
* | output |
* | --- |
* | "At most {n} images." |
*
* @param {Biz_File_CountInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_file_count = /** @type {((inputs: Biz_File_CountInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_File_CountInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_file_count(inputs)
	if (locale === "tr") return tr_biz_file_count(inputs)
	if (locale === "ar") return ar_biz_file_count(inputs)
	if (locale === "ru") return ru_biz_file_count(inputs)
	if (locale === "uk") return uk_biz_file_count(inputs)
	return de_biz_file_count(inputs)
});