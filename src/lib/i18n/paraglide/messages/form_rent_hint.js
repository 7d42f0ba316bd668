/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Rent_HintInputs */

const de_form_rent_hint = /** @type {(inputs: Form_Rent_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leer lassen, wenn verhandelbar.`)
};

const en_form_rent_hint = /** @type {(inputs: Form_Rent_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave empty if negotiable.`)
};

const tr_form_rent_hint = /** @type {(inputs: Form_Rent_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pazarlığa açıksa boş bırakın.`)
};

const ar_form_rent_hint = /** @type {(inputs: Form_Rent_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتركه فارغًا إذا كان قابلًا للتفاوض.`)
};

const ru_form_rent_hint = /** @type {(inputs: Form_Rent_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оставьте пустым, если по договорённости.`)
};

const uk_form_rent_hint = /** @type {(inputs: Form_Rent_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Залиште порожнім, якщо за домовленістю.`)
};

/**
* | output |
* | --- |
* | "Leave empty if negotiable." |
*
* @param {Form_Rent_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_rent_hint = /** @type {((inputs?: Form_Rent_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Rent_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_rent_hint(inputs)
	if (locale === "tr") return tr_form_rent_hint(inputs)
	if (locale === "ar") return ar_form_rent_hint(inputs)
	if (locale === "ru") return ru_form_rent_hint(inputs)
	if (locale === "uk") return uk_form_rent_hint(inputs)
	return de_form_rent_hint(inputs)
});