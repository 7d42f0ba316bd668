/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_No_RegistrationInputs */

const de_place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Anmeldung`)
};

const en_place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No registration needed`)
};

const tr_place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kayıt gerekmez`)
};

const ar_place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بدون تسجيل`)
};

const ru_place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без регистрации`)
};

const uk_place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без реєстрації`)
};

/**
* | output |
* | --- |
* | "No registration needed" |
*
* @param {Place_No_RegistrationInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_no_registration = /** @type {((inputs?: Place_No_RegistrationInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_No_RegistrationInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_no_registration(inputs)
	if (locale === "tr") return tr_place_no_registration(inputs)
	if (locale === "ar") return ar_place_no_registration(inputs)
	if (locale === "ru") return ru_place_no_registration(inputs)
	if (locale === "uk") return uk_place_no_registration(inputs)
	return de_place_no_registration(inputs)
});