/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_PhoneInputs */

const de_biz_phone = /** @type {(inputs: Biz_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte nur Ziffern, Leerzeichen und + - / ( ) verwenden.`)
};

const en_biz_phone = /** @type {(inputs: Biz_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please use only digits, spaces and + - / ( ).`)
};

const tr_biz_phone = /** @type {(inputs: Biz_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen sadece rakam, boşluk ve + - / ( ) kullanın.`)
};

const ar_biz_phone = /** @type {(inputs: Biz_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى استخدام الأرقام والمسافات و+ - / ( ) فقط.`)
};

const ru_biz_phone = /** @type {(inputs: Biz_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Только цифры, пробелы и + - / ( ).`)
};

const uk_biz_phone = /** @type {(inputs: Biz_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лише цифри, пробіли та + - / ( ).`)
};

/**
* | output |
* | --- |
* | "Please use only digits, spaces and + - / ( )." |
*
* @param {Biz_PhoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_phone = /** @type {((inputs?: Biz_PhoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_PhoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_phone(inputs)
	if (locale === "tr") return tr_biz_phone(inputs)
	if (locale === "ar") return ar_biz_phone(inputs)
	if (locale === "ru") return ru_biz_phone(inputs)
	if (locale === "uk") return uk_biz_phone(inputs)
	return de_biz_phone(inputs)
});