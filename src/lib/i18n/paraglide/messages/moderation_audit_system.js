/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Audit_SystemInputs */

const de_moderation_audit_system = /** @type {(inputs: Moderation_Audit_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System`)
};

const en_moderation_audit_system = /** @type {(inputs: Moderation_Audit_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System`)
};

const tr_moderation_audit_system = /** @type {(inputs: Moderation_Audit_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sistem`)
};

const ar_moderation_audit_system = /** @type {(inputs: Moderation_Audit_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النظام`)
};

const ru_moderation_audit_system = /** @type {(inputs: Moderation_Audit_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Система`)
};

const uk_moderation_audit_system = /** @type {(inputs: Moderation_Audit_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Система`)
};

/**
* | output |
* | --- |
* | "System" |
*
* @param {Moderation_Audit_SystemInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_audit_system = /** @type {((inputs?: Moderation_Audit_SystemInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Audit_SystemInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_audit_system(inputs)
	if (locale === "tr") return tr_moderation_audit_system(inputs)
	if (locale === "ar") return ar_moderation_audit_system(inputs)
	if (locale === "ru") return ru_moderation_audit_system(inputs)
	if (locale === "uk") return uk_moderation_audit_system(inputs)
	return de_moderation_audit_system(inputs)
});