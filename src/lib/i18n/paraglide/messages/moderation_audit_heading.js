/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Audit_HeadingInputs */

const de_moderation_audit_heading = /** @type {(inputs: Moderation_Audit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Änderungsprotokoll`)
};

const en_moderation_audit_heading = /** @type {(inputs: Moderation_Audit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change log`)
};

const tr_moderation_audit_heading = /** @type {(inputs: Moderation_Audit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Değişiklik kaydı`)
};

const ar_moderation_audit_heading = /** @type {(inputs: Moderation_Audit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`سجل التغييرات`)
};

const ru_moderation_audit_heading = /** @type {(inputs: Moderation_Audit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Журнал изменений`)
};

const uk_moderation_audit_heading = /** @type {(inputs: Moderation_Audit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Журнал змін`)
};

/**
* | output |
* | --- |
* | "Change log" |
*
* @param {Moderation_Audit_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_audit_heading = /** @type {((inputs?: Moderation_Audit_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Audit_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_audit_heading(inputs)
	if (locale === "tr") return tr_moderation_audit_heading(inputs)
	if (locale === "ar") return ar_moderation_audit_heading(inputs)
	if (locale === "ru") return ru_moderation_audit_heading(inputs)
	if (locale === "uk") return uk_moderation_audit_heading(inputs)
	return de_moderation_audit_heading(inputs)
});