/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Origin_ForgetInputs */

const de_reach_origin_forget = /** @type {(inputs: Reach_Origin_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Startpunkt vergessen`)
};

const en_reach_origin_forget = /** @type {(inputs: Reach_Origin_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forget starting point`)
};

const tr_reach_origin_forget = /** @type {(inputs: Reach_Origin_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Başlangıç noktasını unut`)
};

const ar_reach_origin_forget = /** @type {(inputs: Reach_Origin_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`انسَ نقطة الانطلاق`)
};

const ru_reach_origin_forget = /** @type {(inputs: Reach_Origin_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Забыть начальную точку`)
};

const uk_reach_origin_forget = /** @type {(inputs: Reach_Origin_ForgetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Забути початкову точку`)
};

/**
* | output |
* | --- |
* | "Forget starting point" |
*
* @param {Reach_Origin_ForgetInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_origin_forget = /** @type {((inputs?: Reach_Origin_ForgetInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Origin_ForgetInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_origin_forget(inputs)
	if (locale === "tr") return tr_reach_origin_forget(inputs)
	if (locale === "ar") return ar_reach_origin_forget(inputs)
	if (locale === "ru") return ru_reach_origin_forget(inputs)
	if (locale === "uk") return uk_reach_origin_forget(inputs)
	return de_reach_origin_forget(inputs)
});