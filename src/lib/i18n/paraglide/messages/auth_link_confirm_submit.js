/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Link_Confirm_SubmitInputs */

const de_auth_link_confirm_submit = /** @type {(inputs: Auth_Link_Confirm_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bestätigen und anmelden`)
};

const en_auth_link_confirm_submit = /** @type {(inputs: Auth_Link_Confirm_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirm and sign in`)
};

const tr_auth_link_confirm_submit = /** @type {(inputs: Auth_Link_Confirm_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Onayla ve giriş yap`)
};

const ar_auth_link_confirm_submit = /** @type {(inputs: Auth_Link_Confirm_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تأكيد وتسجيل الدخول`)
};

const ru_auth_link_confirm_submit = /** @type {(inputs: Auth_Link_Confirm_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подтвердить и войти`)
};

const uk_auth_link_confirm_submit = /** @type {(inputs: Auth_Link_Confirm_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підтвердити й увійти`)
};

/**
* | output |
* | --- |
* | "Confirm and sign in" |
*
* @param {Auth_Link_Confirm_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_link_confirm_submit = /** @type {((inputs?: Auth_Link_Confirm_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Link_Confirm_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_link_confirm_submit(inputs)
	if (locale === "tr") return tr_auth_link_confirm_submit(inputs)
	if (locale === "ar") return ar_auth_link_confirm_submit(inputs)
	if (locale === "ru") return ru_auth_link_confirm_submit(inputs)
	if (locale === "uk") return uk_auth_link_confirm_submit(inputs)
	return de_auth_link_confirm_submit(inputs)
});