/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_OwnerInputs */

const de_business_org_owner = /** @type {(inputs: Business_Org_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inhaber/in`)
};

const en_business_org_owner = /** @type {(inputs: Business_Org_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`owner`)
};

const tr_business_org_owner = /** @type {(inputs: Business_Org_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sahibi`)
};

const ar_business_org_owner = /** @type {(inputs: Business_Org_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المالك/ة`)
};

const ru_business_org_owner = /** @type {(inputs: Business_Org_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`владелец`)
};

const uk_business_org_owner = /** @type {(inputs: Business_Org_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`власник`)
};

/**
* | output |
* | --- |
* | "owner" |
*
* @param {Business_Org_OwnerInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_owner = /** @type {((inputs?: Business_Org_OwnerInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_OwnerInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_owner(inputs)
	if (locale === "tr") return tr_business_org_owner(inputs)
	if (locale === "ar") return ar_business_org_owner(inputs)
	if (locale === "ru") return ru_business_org_owner(inputs)
	if (locale === "uk") return uk_business_org_owner(inputs)
	return de_business_org_owner(inputs)
});