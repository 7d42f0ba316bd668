/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_No_AppointmentInputs */

const de_place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Termin`)
};

const en_place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No appointment needed`)
};

const tr_place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Randevusuz`)
};

const ar_place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بدون موعد`)
};

const ru_place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без записи`)
};

const uk_place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без запису`)
};

/**
* | output |
* | --- |
* | "No appointment needed" |
*
* @param {Place_No_AppointmentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_no_appointment = /** @type {((inputs?: Place_No_AppointmentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_No_AppointmentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_no_appointment(inputs)
	if (locale === "tr") return tr_place_no_appointment(inputs)
	if (locale === "ar") return ar_place_no_appointment(inputs)
	if (locale === "ru") return ru_place_no_appointment(inputs)
	if (locale === "uk") return uk_place_no_appointment(inputs)
	return de_place_no_appointment(inputs)
});