/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_EventInputs */

const de_kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termine`)
};

const en_kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Events`)
};

const tr_kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etkinlikler`)
};

const ar_kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فعاليات`)
};

const ru_kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мероприятия`)
};

const uk_kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Події`)
};

/**
* | output |
* | --- |
* | "Events" |
*
* @param {Kind_EventInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_event = /** @type {((inputs?: Kind_EventInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_EventInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_kind_event(inputs)
	if (locale === "tr") return tr_kind_event(inputs)
	if (locale === "ar") return ar_kind_event(inputs)
	if (locale === "ru") return ru_kind_event(inputs)
	if (locale === "uk") return uk_kind_event(inputs)
	return de_kind_event(inputs)
});