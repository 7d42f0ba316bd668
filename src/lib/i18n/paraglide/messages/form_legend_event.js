/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Legend_EventInputs */

const de_form_legend_event = /** @type {(inputs: Form_Legend_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termin`)
};

const en_form_legend_event = /** @type {(inputs: Form_Legend_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date`)
};

const tr_form_legend_event = /** @type {(inputs: Form_Legend_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Randevu`)
};

const ar_form_legend_event = /** @type {(inputs: Form_Legend_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الموعد`)
};

const ru_form_legend_event = /** @type {(inputs: Form_Legend_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мероприятие`)
};

const uk_form_legend_event = /** @type {(inputs: Form_Legend_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Захід`)
};

/**
* | output |
* | --- |
* | "Date" |
*
* @param {Form_Legend_EventInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_legend_event = /** @type {((inputs?: Form_Legend_EventInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Legend_EventInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_legend_event(inputs)
	if (locale === "tr") return tr_form_legend_event(inputs)
	if (locale === "ar") return ar_form_legend_event(inputs)
	if (locale === "ru") return ru_form_legend_event(inputs)
	if (locale === "uk") return uk_form_legend_event(inputs)
	return de_form_legend_event(inputs)
});