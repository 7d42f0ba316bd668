/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_File_TypeInputs */

const de_biz_file_type = /** @type {(inputs: Biz_File_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur Bilder im Format JPEG, PNG oder WebP sind erlaubt.`)
};

const en_biz_file_type = /** @type {(inputs: Biz_File_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only images in JPEG, PNG or WebP format are allowed.`)
};

const tr_biz_file_type = /** @type {(inputs: Biz_File_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sadece JPEG, PNG veya WebP biçiminde resimlere izin verilir.`)
};

const ar_biz_file_type = /** @type {(inputs: Biz_File_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يُسمح فقط بالصور بصيغة JPEG أو PNG أو WebP.`)
};

const ru_biz_file_type = /** @type {(inputs: Biz_File_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Можно только изображения в формате JPEG, PNG или WebP.`)
};

const uk_biz_file_type = /** @type {(inputs: Biz_File_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Можна лише зображення у форматі JPEG, PNG або WebP.`)
};

/**
* | output |
* | --- |
* | "Only images in JPEG, PNG or WebP format are allowed." |
*
* @param {Biz_File_TypeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_file_type = /** @type {((inputs?: Biz_File_TypeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_File_TypeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_file_type(inputs)
	if (locale === "tr") return tr_biz_file_type(inputs)
	if (locale === "ar") return ar_biz_file_type(inputs)
	if (locale === "ru") return ru_biz_file_type(inputs)
	if (locale === "uk") return uk_biz_file_type(inputs)
	return de_biz_file_type(inputs)
});