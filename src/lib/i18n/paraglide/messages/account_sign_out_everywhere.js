/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Account_Sign_Out_EverywhereInputs */

const de_account_sign_out_everywhere = /** @type {(inputs: Account_Sign_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf allen Geräten abmelden`)
};

const en_account_sign_out_everywhere = /** @type {(inputs: Account_Sign_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out on all devices`)
};

const tr_account_sign_out_everywhere = /** @type {(inputs: Account_Sign_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tüm cihazlarda çıkış yap`)
};

const ar_account_sign_out_everywhere = /** @type {(inputs: Account_Sign_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تسجيل الخروج من كل الأجهزة`)
};

const ru_account_sign_out_everywhere = /** @type {(inputs: Account_Sign_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выйти на всех устройствах`)
};

const uk_account_sign_out_everywhere = /** @type {(inputs: Account_Sign_Out_EverywhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вийти на всіх пристроях`)
};

/**
* | output |
* | --- |
* | "Sign out on all devices" |
*
* @param {Account_Sign_Out_EverywhereInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const account_sign_out_everywhere = /** @type {((inputs?: Account_Sign_Out_EverywhereInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Sign_Out_EverywhereInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_account_sign_out_everywhere(inputs)
	if (locale === "tr") return tr_account_sign_out_everywhere(inputs)
	if (locale === "ar") return ar_account_sign_out_everywhere(inputs)
	if (locale === "ru") return ru_account_sign_out_everywhere(inputs)
	if (locale === "uk") return uk_account_sign_out_everywhere(inputs)
	return de_account_sign_out_everywhere(inputs)
});