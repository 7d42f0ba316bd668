/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Link_Confirm_HeadingInputs */

const de_auth_link_confirm_heading = /** @type {(inputs: Auth_Link_Confirm_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-Mail-Adresse bestätigen`)
};

const en_auth_link_confirm_heading = /** @type {(inputs: Auth_Link_Confirm_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirm your email address`)
};

const tr_auth_link_confirm_heading = /** @type {(inputs: Auth_Link_Confirm_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-posta adresinizi onaylayın`)
};

const ar_auth_link_confirm_heading = /** @type {(inputs: Auth_Link_Confirm_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تأكيد البريد الإلكتروني`)
};

const ru_auth_link_confirm_heading = /** @type {(inputs: Auth_Link_Confirm_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подтвердите адрес эл. почты`)
};

const uk_auth_link_confirm_heading = /** @type {(inputs: Auth_Link_Confirm_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підтвердіть адресу ел. пошти`)
};

/**
* | output |
* | --- |
* | "Confirm your email address" |
*
* @param {Auth_Link_Confirm_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_link_confirm_heading = /** @type {((inputs?: Auth_Link_Confirm_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Link_Confirm_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_link_confirm_heading(inputs)
	if (locale === "tr") return tr_auth_link_confirm_heading(inputs)
	if (locale === "ar") return ar_auth_link_confirm_heading(inputs)
	if (locale === "ru") return ru_auth_link_confirm_heading(inputs)
	if (locale === "uk") return uk_auth_link_confirm_heading(inputs)
	return de_auth_link_confirm_heading(inputs)
});