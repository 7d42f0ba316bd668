/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_Edit_HeadingInputs */

const de_business_entry_edit_heading = /** @type {(inputs: Business_Entry_Edit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bearbeiten`)
};

const en_business_entry_edit_heading = /** @type {(inputs: Business_Entry_Edit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Edit`)
};

const tr_business_entry_edit_heading = /** @type {(inputs: Business_Entry_Edit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Düzenle`)
};

const ar_business_entry_edit_heading = /** @type {(inputs: Business_Entry_Edit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعديل`)
};

const ru_business_entry_edit_heading = /** @type {(inputs: Business_Entry_Edit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изменить`)
};

const uk_business_entry_edit_heading = /** @type {(inputs: Business_Entry_Edit_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Змінити`)
};

/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Business_Entry_Edit_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_edit_heading = /** @type {((inputs?: Business_Entry_Edit_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_Edit_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_edit_heading(inputs)
	if (locale === "tr") return tr_business_entry_edit_heading(inputs)
	if (locale === "ar") return ar_business_entry_edit_heading(inputs)
	if (locale === "ru") return ru_business_entry_edit_heading(inputs)
	if (locale === "uk") return uk_business_entry_edit_heading(inputs)
	return de_business_entry_edit_heading(inputs)
});