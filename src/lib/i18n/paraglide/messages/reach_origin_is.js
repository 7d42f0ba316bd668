/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Reach_Origin_IsInputs */

const de_reach_origin_is = /** @type {(inputs: Reach_Origin_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Start: ${i?.name}`)
};

const en_reach_origin_is = /** @type {(inputs: Reach_Origin_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Start: ${i?.name}`)
};

const tr_reach_origin_is = /** @type {(inputs: Reach_Origin_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Başlangıç: ${i?.name}`)
};

const ar_reach_origin_is = /** @type {(inputs: Reach_Origin_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`الانطلاق: ${i?.name}`)
};

const ru_reach_origin_is = /** @type {(inputs: Reach_Origin_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Старт: ${i?.name}`)
};

const uk_reach_origin_is = /** @type {(inputs: Reach_Origin_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Старт: ${i?.name}`)
};

/**
* | output |
* | --- |
* | "Start: {name}" |
*
* @param {Reach_Origin_IsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_origin_is = /** @type {((inputs: Reach_Origin_IsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Origin_IsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_origin_is(inputs)
	if (locale === "tr") return tr_reach_origin_is(inputs)
	if (locale === "ar") return ar_reach_origin_is(inputs)
	if (locale === "ru") return ru_reach_origin_is(inputs)
	if (locale === "uk") return uk_reach_origin_is(inputs)
	return de_reach_origin_is(inputs)
});