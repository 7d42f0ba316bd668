/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Not_AllowedInputs */

const de_biz_not_allowed = /** @type {(inputs: Biz_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das dürfen Sie mit diesem Eintrag nicht tun.`)
};

const en_biz_not_allowed = /** @type {(inputs: Biz_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You may not do this with this entry.`)
};

const tr_biz_not_allowed = /** @type {(inputs: Biz_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu kayıtla bunu yapamazsınız.`)
};

const ar_biz_not_allowed = /** @type {(inputs: Biz_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يحق لك فعل هذا بهذا الإدخال.`)
};

const ru_biz_not_allowed = /** @type {(inputs: Biz_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`С этой записью так делать нельзя.`)
};

const uk_biz_not_allowed = /** @type {(inputs: Biz_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`З цим записом так робити не можна.`)
};

/**
* | output |
* | --- |
* | "You may not do this with this entry." |
*
* @param {Biz_Not_AllowedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_not_allowed = /** @type {((inputs?: Biz_Not_AllowedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Not_AllowedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_not_allowed(inputs)
	if (locale === "tr") return tr_biz_not_allowed(inputs)
	if (locale === "ar") return ar_biz_not_allowed(inputs)
	if (locale === "ru") return ru_biz_not_allowed(inputs)
	if (locale === "uk") return uk_biz_not_allowed(inputs)
	return de_biz_not_allowed(inputs)
});