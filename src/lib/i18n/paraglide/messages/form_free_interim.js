/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Free_InterimInputs */

const de_form_free_interim = /** @type {(inputs: Form_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kostenlose Zwischennutzung möglich`)
};

const en_form_free_interim = /** @type {(inputs: Form_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free interim use possible`)
};

const tr_form_free_interim = /** @type {(inputs: Form_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ücretsiz geçici kullanım mümkün`)
};

const ar_form_free_interim = /** @type {(inputs: Form_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استخدام مؤقت مجاني ممكن`)
};

const ru_form_free_interim = /** @type {(inputs: Form_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Возможно бесплатное временное использование`)
};

const uk_form_free_interim = /** @type {(inputs: Form_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Можливе безкоштовне тимчасове використання`)
};

/**
* | output |
* | --- |
* | "Free interim use possible" |
*
* @param {Form_Free_InterimInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_free_interim = /** @type {((inputs?: Form_Free_InterimInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Free_InterimInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_free_interim(inputs)
	if (locale === "tr") return tr_form_free_interim(inputs)
	if (locale === "ar") return ar_form_free_interim(inputs)
	if (locale === "ru") return ru_form_free_interim(inputs)
	if (locale === "uk") return uk_form_free_interim(inputs)
	return de_form_free_interim(inputs)
});