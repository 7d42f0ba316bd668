/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_Add_AnotherInputs */

const de_business_org_add_another = /** @type {(inputs: Business_Org_Add_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weiteren Betrieb anlegen`)
};

const en_business_org_add_another = /** @type {(inputs: Business_Org_Add_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add another business`)
};

const tr_business_org_add_another = /** @type {(inputs: Business_Org_Add_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Başka bir işletme ekle`)
};

const ar_business_org_add_another = /** @type {(inputs: Business_Org_Add_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إضافة منشأة أخرى`)
};

const ru_business_org_add_another = /** @type {(inputs: Business_Org_Add_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Добавить ещё одно предприятие`)
};

const uk_business_org_add_another = /** @type {(inputs: Business_Org_Add_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Додати ще одне підприємство`)
};

/**
* | output |
* | --- |
* | "Add another business" |
*
* @param {Business_Org_Add_AnotherInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_add_another = /** @type {((inputs?: Business_Org_Add_AnotherInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_Add_AnotherInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_add_another(inputs)
	if (locale === "tr") return tr_business_org_add_another(inputs)
	if (locale === "ar") return ar_business_org_add_another(inputs)
	if (locale === "ru") return ru_business_org_add_another(inputs)
	if (locale === "uk") return uk_business_org_add_another(inputs)
	return de_business_org_add_another(inputs)
});