/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Save_DraftInputs */

const de_form_save_draft = /** @type {(inputs: Form_Save_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Als Entwurf speichern`)
};

const en_form_save_draft = /** @type {(inputs: Form_Save_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save as draft`)
};

const tr_form_save_draft = /** @type {(inputs: Form_Save_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Taslak olarak kaydet`)
};

const ar_form_save_draft = /** @type {(inputs: Form_Save_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حفظ كمسودة`)
};

const ru_form_save_draft = /** @type {(inputs: Form_Save_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сохранить черновик`)
};

const uk_form_save_draft = /** @type {(inputs: Form_Save_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зберегти чернетку`)
};

/**
* | output |
* | --- |
* | "Save as draft" |
*
* @param {Form_Save_DraftInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_save_draft = /** @type {((inputs?: Form_Save_DraftInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Save_DraftInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_save_draft(inputs)
	if (locale === "tr") return tr_form_save_draft(inputs)
	if (locale === "ar") return ar_form_save_draft(inputs)
	if (locale === "ru") return ru_form_save_draft(inputs)
	if (locale === "uk") return uk_form_save_draft(inputs)
	return de_form_save_draft(inputs)
});