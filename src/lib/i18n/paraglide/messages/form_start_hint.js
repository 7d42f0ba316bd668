/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Start_HintInputs */

const de_form_start_hint = /** @type {(inputs: Form_Start_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leer lassen: ab sofort.`)
};

const en_form_start_hint = /** @type {(inputs: Form_Start_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave empty: from now on.`)
};

const tr_form_start_hint = /** @type {(inputs: Form_Start_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boş bırakın: hemen.`)
};

const ar_form_start_hint = /** @type {(inputs: Form_Start_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتركه فارغًا: من الآن.`)
};

const ru_form_start_hint = /** @type {(inputs: Form_Start_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оставьте пустым: с сегодняшнего дня.`)
};

const uk_form_start_hint = /** @type {(inputs: Form_Start_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Залиште порожнім: від сьогодні.`)
};

/**
* | output |
* | --- |
* | "Leave empty: from now on." |
*
* @param {Form_Start_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_start_hint = /** @type {((inputs?: Form_Start_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Start_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_start_hint(inputs)
	if (locale === "tr") return tr_form_start_hint(inputs)
	if (locale === "ar") return ar_form_start_hint(inputs)
	if (locale === "ru") return ru_form_start_hint(inputs)
	if (locale === "uk") return uk_form_start_hint(inputs)
	return de_form_start_hint(inputs)
});