/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Type_InfoInputs */

const de_event_type_info = /** @type {(inputs: Event_Type_InfoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Infoveranstaltung`)
};

const en_event_type_info = /** @type {(inputs: Event_Type_InfoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information event`)
};

const tr_event_type_info = /** @type {(inputs: Event_Type_InfoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilgilendirme etkinliği`)
};

const ar_event_type_info = /** @type {(inputs: Event_Type_InfoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فعالية إعلامية`)
};

const ru_event_type_info = /** @type {(inputs: Event_Type_InfoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Информационная встреча`)
};

const uk_event_type_info = /** @type {(inputs: Event_Type_InfoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Інформаційна зустріч`)
};

/**
* | output |
* | --- |
* | "Information event" |
*
* @param {Event_Type_InfoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_type_info = /** @type {((inputs?: Event_Type_InfoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Type_InfoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_event_type_info(inputs)
	if (locale === "tr") return tr_event_type_info(inputs)
	if (locale === "ar") return ar_event_type_info(inputs)
	if (locale === "ru") return ru_event_type_info(inputs)
	if (locale === "uk") return uk_event_type_info(inputs)
	return de_event_type_info(inputs)
});