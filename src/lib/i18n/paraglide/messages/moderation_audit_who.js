/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Audit_WhoInputs */

const de_moderation_audit_who = /** @type {(inputs: Moderation_Audit_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer`)
};

const en_moderation_audit_who = /** @type {(inputs: Moderation_Audit_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who`)
};

const tr_moderation_audit_who = /** @type {(inputs: Moderation_Audit_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kim`)
};

const ar_moderation_audit_who = /** @type {(inputs: Moderation_Audit_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مَن`)
};

const ru_moderation_audit_who = /** @type {(inputs: Moderation_Audit_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кто`)
};

const uk_moderation_audit_who = /** @type {(inputs: Moderation_Audit_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Хто`)
};

/**
* | output |
* | --- |
* | "Who" |
*
* @param {Moderation_Audit_WhoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_audit_who = /** @type {((inputs?: Moderation_Audit_WhoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Audit_WhoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_audit_who(inputs)
	if (locale === "tr") return tr_moderation_audit_who(inputs)
	if (locale === "ar") return ar_moderation_audit_who(inputs)
	if (locale === "ru") return ru_moderation_audit_who(inputs)
	if (locale === "uk") return uk_moderation_audit_who(inputs)
	return de_moderation_audit_who(inputs)
});