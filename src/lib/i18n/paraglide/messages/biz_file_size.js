/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ mb: NonNullable<unknown> }} Biz_File_SizeInputs */

const de_biz_file_size = /** @type {(inputs: Biz_File_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Das Bild ist zu groß (höchstens ${i?.mb} MB).`)
};

const en_biz_file_size = /** @type {(inputs: Biz_File_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The image is too big (at most ${i?.mb} MB).`)
};

const tr_biz_file_size = /** @type {(inputs: Biz_File_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Resim çok büyük (en fazla ${i?.mb} MB).`)
};

const ar_biz_file_size = /** @type {(inputs: Biz_File_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`الصورة كبيرة جدًا (الحد الأقصى ${i?.mb} ميغابايت).`)
};

const ru_biz_file_size = /** @type {(inputs: Biz_File_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Изображение слишком большое (не больше ${i?.mb} МБ).`)
};

const uk_biz_file_size = /** @type {(inputs: Biz_File_SizeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Зображення завелике (не більше ${i?.mb} МБ).`)
};

/**
* | output |
* | --- |
* | "The image is too big (at most {mb} MB)." |
*
* @param {Biz_File_SizeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_file_size = /** @type {((inputs: Biz_File_SizeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_File_SizeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_file_size(inputs)
	if (locale === "tr") return tr_biz_file_size(inputs)
	if (locale === "ar") return ar_biz_file_size(inputs)
	if (locale === "ru") return ru_biz_file_size(inputs)
	if (locale === "uk") return uk_biz_file_size(inputs)
	return de_biz_file_size(inputs)
});