/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_SaveInputs */

const de_business_org_save = /** @type {(inputs: Business_Org_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Speichern`)
};

const en_business_org_save = /** @type {(inputs: Business_Org_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save`)
};

const tr_business_org_save = /** @type {(inputs: Business_Org_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kaydet`)
};

const ar_business_org_save = /** @type {(inputs: Business_Org_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حفظ`)
};

const ru_business_org_save = /** @type {(inputs: Business_Org_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сохранить`)
};

const uk_business_org_save = /** @type {(inputs: Business_Org_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зберегти`)
};

/**
* | output |
* | --- |
* | "Save" |
*
* @param {Business_Org_SaveInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_save = /** @type {((inputs?: Business_Org_SaveInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_SaveInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_save(inputs)
	if (locale === "tr") return tr_business_org_save(inputs)
	if (locale === "ar") return ar_business_org_save(inputs)
	if (locale === "ru") return ru_business_org_save(inputs)
	if (locale === "uk") return uk_business_org_save(inputs)
	return de_business_org_save(inputs)
});