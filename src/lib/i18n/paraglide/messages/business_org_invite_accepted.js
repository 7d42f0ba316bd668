/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_Invite_AcceptedInputs */

const de_business_org_invite_accepted = /** @type {(inputs: Business_Org_Invite_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`angenommen`)
};

const en_business_org_invite_accepted = /** @type {(inputs: Business_Org_Invite_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`accepted`)
};

const tr_business_org_invite_accepted = /** @type {(inputs: Business_Org_Invite_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kabul edildi`)
};

const ar_business_org_invite_accepted = /** @type {(inputs: Business_Org_Invite_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مقبولة`)
};

const ru_business_org_invite_accepted = /** @type {(inputs: Business_Org_Invite_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`принято`)
};

const uk_business_org_invite_accepted = /** @type {(inputs: Business_Org_Invite_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`прийнято`)
};

/**
* | output |
* | --- |
* | "accepted" |
*
* @param {Business_Org_Invite_AcceptedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_invite_accepted = /** @type {((inputs?: Business_Org_Invite_AcceptedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_Invite_AcceptedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_invite_accepted(inputs)
	if (locale === "tr") return tr_business_org_invite_accepted(inputs)
	if (locale === "ar") return ar_business_org_invite_accepted(inputs)
	if (locale === "ru") return ru_business_org_invite_accepted(inputs)
	if (locale === "uk") return uk_business_org_invite_accepted(inputs)
	return de_business_org_invite_accepted(inputs)
});