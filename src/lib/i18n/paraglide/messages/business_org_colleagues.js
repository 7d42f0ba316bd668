/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_ColleaguesInputs */

const de_business_org_colleagues = /** @type {(inputs: Business_Org_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolleginnen und Kollegen`)
};

const en_business_org_colleagues = /** @type {(inputs: Business_Org_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Colleagues`)
};

const tr_business_org_colleagues = /** @type {(inputs: Business_Org_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çalışma arkadaşları`)
};

const ar_business_org_colleagues = /** @type {(inputs: Business_Org_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الزملاء والزميلات`)
};

const ru_business_org_colleagues = /** @type {(inputs: Business_Org_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коллеги`)
};

const uk_business_org_colleagues = /** @type {(inputs: Business_Org_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Колеги`)
};

/**
* | output |
* | --- |
* | "Colleagues" |
*
* @param {Business_Org_ColleaguesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_colleagues = /** @type {((inputs?: Business_Org_ColleaguesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_ColleaguesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_colleagues(inputs)
	if (locale === "tr") return tr_business_org_colleagues(inputs)
	if (locale === "ar") return ar_business_org_colleagues(inputs)
	if (locale === "ru") return ru_business_org_colleagues(inputs)
	if (locale === "uk") return uk_business_org_colleagues(inputs)
	return de_business_org_colleagues(inputs)
});