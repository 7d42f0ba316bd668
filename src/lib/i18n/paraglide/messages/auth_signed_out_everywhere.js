/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signed_Out_EverywhereInputs */

const de_auth_signed_out_everywhere = /** @type {(inputs: Auth_Signed_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind auf allen Geräten abgemeldet.`)
};

const en_auth_signed_out_everywhere = /** @type {(inputs: Auth_Signed_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed out on all devices.`)
};

const tr_auth_signed_out_everywhere = /** @type {(inputs: Auth_Signed_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tüm cihazlarda çıkış yaptınız.`)
};

const ar_auth_signed_out_everywhere = /** @type {(inputs: Auth_Signed_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم تسجيل خروجك من كل الأجهزة.`)
};

const ru_auth_signed_out_everywhere = /** @type {(inputs: Auth_Signed_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вы вышли на всех устройствах.`)
};

const uk_auth_signed_out_everywhere = /** @type {(inputs: Auth_Signed_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ви вийшли на всіх пристроях.`)
};

/**
* | output |
* | --- |
* | "You are signed out on all devices." |
*
* @param {Auth_Signed_Out_EverywhereInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signed_out_everywhere = /** @type {((inputs?: Auth_Signed_Out_EverywhereInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signed_Out_EverywhereInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signed_out_everywhere(inputs)
	if (locale === "tr") return tr_auth_signed_out_everywhere(inputs)
	if (locale === "ar") return ar_auth_signed_out_everywhere(inputs)
	if (locale === "ru") return ru_auth_signed_out_everywhere(inputs)
	if (locale === "uk") return uk_auth_signed_out_everywhere(inputs)
	return de_auth_signed_out_everywhere(inputs)
});