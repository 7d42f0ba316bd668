/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_FromInputs */

const de_event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`von`)
};

const en_event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`from`)
};

const tr_event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`başlangıç`)
};

const ar_event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`من`)
};

const ru_event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`с`)
};

const uk_event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`з`)
};

/**
* | output |
* | --- |
* | "from" |
*
* @param {Event_FromInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_from = /** @type {((inputs?: Event_FromInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_FromInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_event_from(inputs)
	if (locale === "tr") return tr_event_from(inputs)
	if (locale === "ar") return ar_event_from(inputs)
	if (locale === "ru") return ru_event_from(inputs)
	if (locale === "uk") return uk_event_from(inputs)
	return de_event_from(inputs)
});