/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Entry_Type_EventInputs */

const de_entry_type_event = /** @type {(inputs: Entry_Type_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betriebsbesichtigung oder Termin`)
};

const en_entry_type_event = /** @type {(inputs: Entry_Type_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Company visit or date`)
};

const tr_entry_type_event = /** @type {(inputs: Entry_Type_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşyeri ziyareti veya randevu`)
};

const ar_entry_type_event = /** @type {(inputs: Entry_Type_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`زيارة منشأة أو موعد`)
};

const ru_entry_type_event = /** @type {(inputs: Entry_Type_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Посещение предприятия или мероприятие`)
};

const uk_entry_type_event = /** @type {(inputs: Entry_Type_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відвідування підприємства або захід`)
};

/**
* | output |
* | --- |
* | "Company visit or date" |
*
* @param {Entry_Type_EventInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const entry_type_event = /** @type {((inputs?: Entry_Type_EventInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Entry_Type_EventInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_entry_type_event(inputs)
	if (locale === "tr") return tr_entry_type_event(inputs)
	if (locale === "ar") return ar_entry_type_event(inputs)
	if (locale === "ru") return ru_entry_type_event(inputs)
	if (locale === "uk") return uk_entry_type_event(inputs)
	return de_entry_type_event(inputs)
});