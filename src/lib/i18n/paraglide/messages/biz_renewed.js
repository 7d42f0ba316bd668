/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ until: NonNullable<unknown> }} Biz_RenewedInputs */

const de_biz_renewed = /** @type {(inputs: Biz_RenewedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verlängert bis ${i?.until}.`)
};

const en_biz_renewed = /** @type {(inputs: Biz_RenewedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Extended until ${i?.until}.`)
};

const tr_biz_renewed = /** @type {(inputs: Biz_RenewedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.until} tarihine kadar uzatıldı.`)
};

const ar_biz_renewed = /** @type {(inputs: Biz_RenewedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تم التمديد حتى ${i?.until}.`)
};

const ru_biz_renewed = /** @type {(inputs: Biz_RenewedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Продлено до ${i?.until}.`)
};

const uk_biz_renewed = /** @type {(inputs: Biz_RenewedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Продовжено до ${i?.until}.`)
};

/**
* | output |
* | --- |
* | "Extended until {until}." |
*
* @param {Biz_RenewedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_renewed = /** @type {((inputs: Biz_RenewedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_RenewedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_renewed(inputs)
	if (locale === "tr") return tr_biz_renewed(inputs)
	if (locale === "ar") return ar_biz_renewed(inputs)
	if (locale === "ru") return ru_biz_renewed(inputs)
	if (locale === "uk") return uk_biz_renewed(inputs)
	return de_biz_renewed(inputs)
});