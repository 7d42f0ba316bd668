/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Registration_NeededInputs */

const de_place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung nötig`)
};

const en_place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Registration needed`)
};

const tr_place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kayıt gerekli`)
};

const ar_place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التسجيل مطلوب`)
};

const ru_place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нужна регистрация`)
};

const uk_place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Потрібна реєстрація`)
};

/**
* | output |
* | --- |
* | "Registration needed" |
*
* @param {Place_Registration_NeededInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_registration_needed = /** @type {((inputs?: Place_Registration_NeededInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Registration_NeededInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_registration_needed(inputs)
	if (locale === "tr") return tr_place_registration_needed(inputs)
	if (locale === "ar") return ar_place_registration_needed(inputs)
	if (locale === "ru") return ru_place_registration_needed(inputs)
	if (locale === "uk") return uk_place_registration_needed(inputs)
	return de_place_registration_needed(inputs)
});