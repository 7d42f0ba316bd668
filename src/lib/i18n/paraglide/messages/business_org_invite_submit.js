/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_Invite_SubmitInputs */

const de_business_org_invite_submit = /** @type {(inputs: Business_Org_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einladen`)
};

const en_business_org_invite_submit = /** @type {(inputs: Business_Org_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invite`)
};

const tr_business_org_invite_submit = /** @type {(inputs: Business_Org_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Davet et`)
};

const ar_business_org_invite_submit = /** @type {(inputs: Business_Org_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دعوة`)
};

const ru_business_org_invite_submit = /** @type {(inputs: Business_Org_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пригласить`)
};

const uk_business_org_invite_submit = /** @type {(inputs: Business_Org_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запросити`)
};

/**
* | output |
* | --- |
* | "Invite" |
*
* @param {Business_Org_Invite_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_invite_submit = /** @type {((inputs?: Business_Org_Invite_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_Invite_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_invite_submit(inputs)
	if (locale === "tr") return tr_business_org_invite_submit(inputs)
	if (locale === "ar") return ar_business_org_invite_submit(inputs)
	if (locale === "ru") return ru_business_org_invite_submit(inputs)
	if (locale === "uk") return uk_business_org_invite_submit(inputs)
	return de_business_org_invite_submit(inputs)
});