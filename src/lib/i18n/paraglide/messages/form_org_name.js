/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Org_NameInputs */

const de_form_org_name = /** @type {(inputs: Form_Org_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name des Betriebs`)
};

const en_form_org_name = /** @type {(inputs: Form_Org_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name of the business`)
};

const tr_form_org_name = /** @type {(inputs: Form_Org_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletmenin adı`)
};

const ar_form_org_name = /** @type {(inputs: Form_Org_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اسم المنشأة`)
};

const ru_form_org_name = /** @type {(inputs: Form_Org_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Название предприятия`)
};

const uk_form_org_name = /** @type {(inputs: Form_Org_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Назва підприємства`)
};

/**
* | output |
* | --- |
* | "Name of the business" |
*
* @param {Form_Org_NameInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_org_name = /** @type {((inputs?: Form_Org_NameInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Org_NameInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_org_name(inputs)
	if (locale === "tr") return tr_form_org_name(inputs)
	if (locale === "ar") return ar_form_org_name(inputs)
	if (locale === "ru") return ru_form_org_name(inputs)
	if (locale === "uk") return uk_form_org_name(inputs)
	return de_form_org_name(inputs)
});