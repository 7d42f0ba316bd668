/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_EmailInputs */

const de_biz_email = /** @type {(inputs: Biz_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte eine gültige E-Mail-Adresse eingeben.`)
};

const en_biz_email = /** @type {(inputs: Biz_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please enter a valid email address.`)
};

const tr_biz_email = /** @type {(inputs: Biz_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen geçerli bir e-posta adresi girin.`)
};

const ar_biz_email = /** @type {(inputs: Biz_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إدخال بريد إلكتروني صحيح.`)
};

const ru_biz_email = /** @type {(inputs: Biz_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите правильный адрес эл. почты.`)
};

const uk_biz_email = /** @type {(inputs: Biz_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введіть правильну адресу ел. пошти.`)
};

/**
* | output |
* | --- |
* | "Please enter a valid email address." |
*
* @param {Biz_EmailInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_email = /** @type {((inputs?: Biz_EmailInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_EmailInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_email(inputs)
	if (locale === "tr") return tr_biz_email(inputs)
	if (locale === "ar") return ar_biz_email(inputs)
	if (locale === "ru") return ru_biz_email(inputs)
	if (locale === "uk") return uk_biz_email(inputs)
	return de_biz_email(inputs)
});