/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_PhotosInputs */

const de_form_photos = /** @type {(inputs: Form_PhotosInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fotos (freiwillig, JPEG/PNG/WebP, je höchstens 2 MB, bis zu 5)`)
};

const en_form_photos = /** @type {(inputs: Form_PhotosInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Photos (optional, JPEG/PNG/WebP, each at most 2 MB, up to 5)`)
};

const tr_form_photos = /** @type {(inputs: Form_PhotosInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fotoğraflar (isteğe bağlı, JPEG/PNG/WebP, her biri en fazla 2 MB, en çok 5)`)
};

const ar_form_photos = /** @type {(inputs: Form_PhotosInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`صور (اختياري، JPEG/PNG/WebP، كل صورة 2 ميغابايت كحد أقصى، حتى 5)`)
};

const ru_form_photos = /** @type {(inputs: Form_PhotosInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фото (по желанию, JPEG/PNG/WebP, каждое до 2 МБ, не больше 5)`)
};

const uk_form_photos = /** @type {(inputs: Form_PhotosInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фото (за бажанням, JPEG/PNG/WebP, кожне до 2 МБ, не більше 5)`)
};

/**
* | output |
* | --- |
* | "Photos (optional, JPEG/PNG/WebP, each at most 2 MB, up to 5)" |
*
* @param {Form_PhotosInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_photos = /** @type {((inputs?: Form_PhotosInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_PhotosInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_photos(inputs)
	if (locale === "tr") return tr_form_photos(inputs)
	if (locale === "ar") return ar_form_photos(inputs)
	if (locale === "ru") return ru_form_photos(inputs)
	if (locale === "uk") return uk_form_photos(inputs)
	return de_form_photos(inputs)
});