/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Org_DescriptionInputs */

const de_form_org_description = /** @type {(inputs: Form_Org_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was macht Ihr Betrieb? (freiwillig)`)
};

const en_form_org_description = /** @type {(inputs: Form_Org_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What does your business do? (optional)`)
};

const tr_form_org_description = /** @type {(inputs: Form_Org_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletmeniz ne yapıyor? (isteğe bağlı)`)
};

const ar_form_org_description = /** @type {(inputs: Form_Org_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ماذا تفعل منشأتك؟ (اختياري)`)
};

const ru_form_org_description = /** @type {(inputs: Form_Org_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чем занимается ваше предприятие? (по желанию)`)
};

const uk_form_org_description = /** @type {(inputs: Form_Org_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чим займається ваше підприємство? (за бажанням)`)
};

/**
* | output |
* | --- |
* | "What does your business do? (optional)" |
*
* @param {Form_Org_DescriptionInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_org_description = /** @type {((inputs?: Form_Org_DescriptionInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Org_DescriptionInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_org_description(inputs)
	if (locale === "tr") return tr_form_org_description(inputs)
	if (locale === "ar") return ar_form_org_description(inputs)
	if (locale === "ru") return ru_form_org_description(inputs)
	if (locale === "uk") return uk_form_org_description(inputs)
	return de_form_org_description(inputs)
});