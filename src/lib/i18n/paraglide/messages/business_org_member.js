/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_MemberInputs */

const de_business_org_member = /** @type {(inputs: Business_Org_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mitglied`)
};

const en_business_org_member = /** @type {(inputs: Business_Org_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`member`)
};

const tr_business_org_member = /** @type {(inputs: Business_Org_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`üye`)
};

const ar_business_org_member = /** @type {(inputs: Business_Org_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عضو`)
};

const ru_business_org_member = /** @type {(inputs: Business_Org_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`сотрудник`)
};

const uk_business_org_member = /** @type {(inputs: Business_Org_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`співробітник`)
};

/**
* | output |
* | --- |
* | "member" |
*
* @param {Business_Org_MemberInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_member = /** @type {((inputs?: Business_Org_MemberInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_MemberInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_member(inputs)
	if (locale === "tr") return tr_business_org_member(inputs)
	if (locale === "ar") return ar_business_org_member(inputs)
	if (locale === "ru") return ru_business_org_member(inputs)
	if (locale === "uk") return uk_business_org_member(inputs)
	return de_business_org_member(inputs)
});