/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Type_OtherInputs */

const de_event_type_other = /** @type {(inputs: Event_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonstiges`)
};

const en_event_type_other = /** @type {(inputs: Event_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other`)
};

const tr_event_type_other = /** @type {(inputs: Event_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diğer`)
};

const ar_event_type_other = /** @type {(inputs: Event_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أخرى`)
};

const ru_event_type_other = /** @type {(inputs: Event_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Другое`)
};

const uk_event_type_other = /** @type {(inputs: Event_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Інше`)
};

/**
* | output |
* | --- |
* | "Other" |
*
* @param {Event_Type_OtherInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_type_other = /** @type {((inputs?: Event_Type_OtherInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Type_OtherInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_event_type_other(inputs)
	if (locale === "tr") return tr_event_type_other(inputs)
	if (locale === "ar") return ar_event_type_other(inputs)
	if (locale === "ru") return ru_event_type_other(inputs)
	if (locale === "uk") return uk_event_type_other(inputs)
	return de_event_type_other(inputs)
});