/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Appointment_NeededInputs */

const de_place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur mit Termin`)
};

const en_place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appointment needed`)
};

const tr_place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sadece randevuyla`)
};

const ar_place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بموعد فقط`)
};

const ru_place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Только по записи`)
};

const uk_place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лише за записом`)
};

/**
* | output |
* | --- |
* | "Appointment needed" |
*
* @param {Place_Appointment_NeededInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_appointment_needed = /** @type {((inputs?: Place_Appointment_NeededInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Appointment_NeededInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_appointment_needed(inputs)
	if (locale === "tr") return tr_place_appointment_needed(inputs)
	if (locale === "ar") return ar_place_appointment_needed(inputs)
	if (locale === "ru") return ru_place_appointment_needed(inputs)
	if (locale === "uk") return uk_place_appointment_needed(inputs)
	return de_place_appointment_needed(inputs)
});