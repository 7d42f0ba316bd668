/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_Delete_DraftInputs */

const de_business_entry_delete_draft = /** @type {(inputs: Business_Entry_Delete_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entwurf löschen`)
};

const en_business_entry_delete_draft = /** @type {(inputs: Business_Entry_Delete_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete draft`)
};

const tr_business_entry_delete_draft = /** @type {(inputs: Business_Entry_Delete_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Taslağı sil`)
};

const ar_business_entry_delete_draft = /** @type {(inputs: Business_Entry_Delete_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حذف المسودة`)
};

const ru_business_entry_delete_draft = /** @type {(inputs: Business_Entry_Delete_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удалить черновик`)
};

const uk_business_entry_delete_draft = /** @type {(inputs: Business_Entry_Delete_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Видалити чернетку`)
};

/**
* | output |
* | --- |
* | "Delete draft" |
*
* @param {Business_Entry_Delete_DraftInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_delete_draft = /** @type {((inputs?: Business_Entry_Delete_DraftInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_Delete_DraftInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_delete_draft(inputs)
	if (locale === "tr") return tr_business_entry_delete_draft(inputs)
	if (locale === "ar") return ar_business_entry_delete_draft(inputs)
	if (locale === "ru") return ru_business_entry_delete_draft(inputs)
	if (locale === "uk") return uk_business_entry_delete_draft(inputs)
	return de_business_entry_delete_draft(inputs)
});