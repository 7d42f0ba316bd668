/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Org_Invite_EmailInputs */

const de_business_org_invite_email = /** @type {(inputs: Business_Org_Invite_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-Mail-Adresse der Kollegin / des Kollegen`)
};

const en_business_org_invite_email = /** @type {(inputs: Business_Org_Invite_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your colleague’s email address`)
};

const tr_business_org_invite_email = /** @type {(inputs: Business_Org_Invite_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çalışma arkadaşınızın e-posta adresi`)
};

const ar_business_org_invite_email = /** @type {(inputs: Business_Org_Invite_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`البريد الإلكتروني للزميل أو الزميلة`)
};

const ru_business_org_invite_email = /** @type {(inputs: Business_Org_Invite_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адрес эл. почты коллеги`)
};

const uk_business_org_invite_email = /** @type {(inputs: Business_Org_Invite_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адреса ел. пошти колеги`)
};

/**
* | output |
* | --- |
* | "Your colleague’s email address" |
*
* @param {Business_Org_Invite_EmailInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_org_invite_email = /** @type {((inputs?: Business_Org_Invite_EmailInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Org_Invite_EmailInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_org_invite_email(inputs)
	if (locale === "tr") return tr_business_org_invite_email(inputs)
	if (locale === "ar") return ar_business_org_invite_email(inputs)
	if (locale === "ru") return ru_business_org_invite_email(inputs)
	if (locale === "uk") return uk_business_org_invite_email(inputs)
	return de_business_org_invite_email(inputs)
});