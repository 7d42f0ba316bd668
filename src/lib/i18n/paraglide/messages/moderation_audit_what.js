/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Audit_WhatInputs */

const de_moderation_audit_what = /** @type {(inputs: Moderation_Audit_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was`)
};

const en_moderation_audit_what = /** @type {(inputs: Moderation_Audit_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

const tr_moderation_audit_what = /** @type {(inputs: Moderation_Audit_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne`)
};

const ar_moderation_audit_what = /** @type {(inputs: Moderation_Audit_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ماذا`)
};

const ru_moderation_audit_what = /** @type {(inputs: Moderation_Audit_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что`)
};

const uk_moderation_audit_what = /** @type {(inputs: Moderation_Audit_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що`)
};

/**
* | output |
* | --- |
* | "What" |
*
* @param {Moderation_Audit_WhatInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_audit_what = /** @type {((inputs?: Moderation_Audit_WhatInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Audit_WhatInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_audit_what(inputs)
	if (locale === "tr") return tr_moderation_audit_what(inputs)
	if (locale === "ar") return ar_moderation_audit_what(inputs)
	if (locale === "ru") return ru_moderation_audit_what(inputs)
	if (locale === "uk") return uk_moderation_audit_what(inputs)
	return de_moderation_audit_what(inputs)
});