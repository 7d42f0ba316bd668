/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Audit_WhenInputs */

const de_moderation_audit_when = /** @type {(inputs: Moderation_Audit_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wann`)
};

const en_moderation_audit_when = /** @type {(inputs: Moderation_Audit_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

const tr_moderation_audit_when = /** @type {(inputs: Moderation_Audit_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne zaman`)
};

const ar_moderation_audit_when = /** @type {(inputs: Moderation_Audit_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متى`)
};

const ru_moderation_audit_when = /** @type {(inputs: Moderation_Audit_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Когда`)
};

const uk_moderation_audit_when = /** @type {(inputs: Moderation_Audit_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коли`)
};

/**
* | output |
* | --- |
* | "When" |
*
* @param {Moderation_Audit_WhenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_audit_when = /** @type {((inputs?: Moderation_Audit_WhenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Audit_WhenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_audit_when(inputs)
	if (locale === "tr") return tr_moderation_audit_when(inputs)
	if (locale === "ar") return ar_moderation_audit_when(inputs)
	if (locale === "ru") return ru_moderation_audit_when(inputs)
	if (locale === "uk") return uk_moderation_audit_when(inputs)
	return de_moderation_audit_when(inputs)
});