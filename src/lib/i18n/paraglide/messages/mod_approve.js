/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mod_ApproveInputs */

const de_mod_approve = /** @type {(inputs: Mod_ApproveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Freigeben`)
};

const en_mod_approve = /** @type {(inputs: Mod_ApproveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Approve`)
};

const tr_mod_approve = /** @type {(inputs: Mod_ApproveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Onayla`)
};

const ar_mod_approve = /** @type {(inputs: Mod_ApproveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`موافقة`)
};

const ru_mod_approve = /** @type {(inputs: Mod_ApproveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Одобрить`)
};

const uk_mod_approve = /** @type {(inputs: Mod_ApproveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Схвалити`)
};

/**
* | output |
* | --- |
* | "Approve" |
*
* @param {Mod_ApproveInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const mod_approve = /** @type {((inputs?: Mod_ApproveInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mod_ApproveInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_mod_approve(inputs)
	if (locale === "tr") return tr_mod_approve(inputs)
	if (locale === "ar") return ar_mod_approve(inputs)
	if (locale === "ru") return ru_mod_approve(inputs)
	if (locale === "uk") return uk_mod_approve(inputs)
	return de_mod_approve(inputs)
});