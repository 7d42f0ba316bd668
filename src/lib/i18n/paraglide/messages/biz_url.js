/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_UrlInputs */

const de_biz_url = /** @type {(inputs: Biz_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte eine Web-Adresse mit https:// eingeben.`)
};

const en_biz_url = /** @type {(inputs: Biz_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please enter a web address with https://.`)
};

const tr_biz_url = /** @type {(inputs: Biz_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen https:// ile bir web adresi girin.`)
};

const ar_biz_url = /** @type {(inputs: Biz_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إدخال عنوان ويب يبدأ بـ https://.`)
};

const ru_biz_url = /** @type {(inputs: Biz_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите веб-адрес с https://.`)
};

const uk_biz_url = /** @type {(inputs: Biz_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введіть веб-адресу з https://.`)
};

/**
* | output |
* | --- |
* | "Please enter a web address with https://." |
*
* @param {Biz_UrlInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_url = /** @type {((inputs?: Biz_UrlInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_UrlInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_url(inputs)
	if (locale === "tr") return tr_biz_url(inputs)
	if (locale === "ar") return ar_biz_url(inputs)
	if (locale === "ru") return ru_biz_url(inputs)
	if (locale === "uk") return uk_biz_url(inputs)
	return de_biz_url(inputs)
});