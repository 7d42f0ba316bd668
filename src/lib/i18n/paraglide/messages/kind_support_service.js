/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Support_ServiceInputs */

const de_kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beratung & Hilfe`)
};

const en_kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Advice & help`)
};

const tr_kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Danışmanlık ve yardım`)
};

const ar_kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استشارة ومساعدة`)
};

const ru_kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Консультации и помощь`)
};

const uk_kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Консультації та допомога`)
};

/**
* | output |
* | --- |
* | "Advice & help" |
*
* @param {Kind_Support_ServiceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_support_service = /** @type {((inputs?: Kind_Support_ServiceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Support_ServiceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_kind_support_service(inputs)
	if (locale === "tr") return tr_kind_support_service(inputs)
	if (locale === "ar") return ar_kind_support_service(inputs)
	if (locale === "ru") return ru_kind_support_service(inputs)
	if (locale === "uk") return uk_kind_support_service(inputs)
	return de_kind_support_service(inputs)
});