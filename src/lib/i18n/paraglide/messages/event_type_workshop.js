/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Type_WorkshopInputs */

const de_event_type_workshop = /** @type {(inputs: Event_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workshop`)
};

const en_event_type_workshop = /** @type {(inputs: Event_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workshop`)
};

const tr_event_type_workshop = /** @type {(inputs: Event_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Atölye`)
};

const ar_event_type_workshop = /** @type {(inputs: Event_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ورشة عمل`)
};

const ru_event_type_workshop = /** @type {(inputs: Event_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мастер-класс`)
};

const uk_event_type_workshop = /** @type {(inputs: Event_Type_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Майстер-клас`)
};

/**
* | output |
* | --- |
* | "Workshop" |
*
* @param {Event_Type_WorkshopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_type_workshop = /** @type {((inputs?: Event_Type_WorkshopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Type_WorkshopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_event_type_workshop(inputs)
	if (locale === "tr") return tr_event_type_workshop(inputs)
	if (locale === "ar") return ar_event_type_workshop(inputs)
	if (locale === "ru") return ru_event_type_workshop(inputs)
	if (locale === "uk") return uk_event_type_workshop(inputs)
	return de_event_type_workshop(inputs)
});