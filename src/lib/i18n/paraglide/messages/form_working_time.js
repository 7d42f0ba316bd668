/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Working_TimeInputs */

const de_form_working_time = /** @type {(inputs: Form_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeit`)
};

const en_form_working_time = /** @type {(inputs: Form_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working time`)
};

const tr_form_working_time = /** @type {(inputs: Form_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çalışma süresi`)
};

const ar_form_working_time = /** @type {(inputs: Form_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`وقت العمل`)
};

const ru_form_working_time = /** @type {(inputs: Form_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Рабочее время`)
};

const uk_form_working_time = /** @type {(inputs: Form_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час`)
};

/**
* | output |
* | --- |
* | "Working time" |
*
* @param {Form_Working_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_working_time = /** @type {((inputs?: Form_Working_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Working_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_working_time(inputs)
	if (locale === "tr") return tr_form_working_time(inputs)
	if (locale === "ar") return ar_form_working_time(inputs)
	if (locale === "ru") return ru_form_working_time(inputs)
	if (locale === "uk") return uk_form_working_time(inputs)
	return de_form_working_time(inputs)
});