/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_ToInputs */

const de_event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bis`)
};

const en_event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to`)
};

const tr_event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bitiş`)
};

const ar_event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى`)
};

const ru_event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`по`)
};

const uk_event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`до`)
};

/**
* | output |
* | --- |
* | "to" |
*
* @param {Event_ToInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_to = /** @type {((inputs?: Event_ToInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_ToInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_event_to(inputs)
	if (locale === "tr") return tr_event_to(inputs)
	if (locale === "ar") return ar_event_to(inputs)
	if (locale === "ru") return ru_event_to(inputs)
	if (locale === "uk") return uk_event_to(inputs)
	return de_event_to(inputs)
});