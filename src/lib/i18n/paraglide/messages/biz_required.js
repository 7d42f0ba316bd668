/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_RequiredInputs */

const de_biz_required = /** @type {(inputs: Biz_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte ausfüllen.`)
};

const en_biz_required = /** @type {(inputs: Biz_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please fill in.`)
};

const tr_biz_required = /** @type {(inputs: Biz_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen doldurun.`)
};

const ar_biz_required = /** @type {(inputs: Biz_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى التعبئة.`)
};

const ru_biz_required = /** @type {(inputs: Biz_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заполните, пожалуйста.`)
};

const uk_biz_required = /** @type {(inputs: Biz_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заповніть, будь ласка.`)
};

/**
* | output |
* | --- |
* | "Please fill in." |
*
* @param {Biz_RequiredInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_required = /** @type {((inputs?: Biz_RequiredInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_RequiredInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_required(inputs)
	if (locale === "tr") return tr_biz_required(inputs)
	if (locale === "ar") return ar_biz_required(inputs)
	if (locale === "ru") return ru_biz_required(inputs)
	if (locale === "uk") return uk_biz_required(inputs)
	return de_biz_required(inputs)
});