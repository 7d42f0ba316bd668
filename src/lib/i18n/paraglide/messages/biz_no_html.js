/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_No_HtmlInputs */

const de_biz_no_html = /** @type {(inputs: Biz_No_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte keine HTML-Tags oder Skripte eingeben – nur normalen Text.`)
};

const en_biz_no_html = /** @type {(inputs: Biz_No_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please no HTML tags or scripts – plain text only.`)
};

const tr_biz_no_html = /** @type {(inputs: Biz_No_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen HTML etiketi veya betik girmeyin – sadece normal metin.`)
};

const ar_biz_no_html = /** @type {(inputs: Biz_No_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى عدم إدخال وسوم HTML أو سكربتات – نص عادي فقط.`)
};

const ru_biz_no_html = /** @type {(inputs: Biz_No_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без HTML-тегов и скриптов – только обычный текст.`)
};

const uk_biz_no_html = /** @type {(inputs: Biz_No_HtmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без HTML-тегів і скриптів – лише звичайний текст.`)
};

/**
* | output |
* | --- |
* | "Please no HTML tags or scripts – plain text only." |
*
* @param {Biz_No_HtmlInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_no_html = /** @type {((inputs?: Biz_No_HtmlInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_No_HtmlInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_no_html(inputs)
	if (locale === "tr") return tr_biz_no_html(inputs)
	if (locale === "ar") return ar_biz_no_html(inputs)
	if (locale === "ru") return ru_biz_no_html(inputs)
	if (locale === "uk") return uk_biz_no_html(inputs)
	return de_biz_no_html(inputs)
});