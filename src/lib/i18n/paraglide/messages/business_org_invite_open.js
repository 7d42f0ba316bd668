/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_Invite_OpenInputs */

const de_business_org_invite_open = /** @type {(inputs: Business_Org_Invite_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offen`)
};

const en_business_org_invite_open = /** @type {(inputs: Business_Org_Invite_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open`)
};

const tr_business_org_invite_open = /** @type {(inputs: Business_Org_Invite_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bekliyor`)
};

const ar_business_org_invite_open = /** @type {(inputs: Business_Org_Invite_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بانتظار القبول`)
};

const ru_business_org_invite_open = /** @type {(inputs: Business_Org_Invite_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ожидает`)
};

const uk_business_org_invite_open = /** @type {(inputs: Business_Org_Invite_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`очікує`)
};

/**
* | output |
* | --- |
* | "open" |
*
* @param {Business_Org_Invite_OpenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_invite_open = /** @type {((inputs?: Business_Org_Invite_OpenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_Invite_OpenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_invite_open(inputs)
	if (locale === "tr") return tr_business_org_invite_open(inputs)
	if (locale === "ar") return ar_business_org_invite_open(inputs)
	if (locale === "ru") return ru_business_org_invite_open(inputs)
	if (locale === "uk") return uk_business_org_invite_open(inputs)
	return de_business_org_invite_open(inputs)
});