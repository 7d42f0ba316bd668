/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Invalid_LinkInputs */

const de_auth_invalid_link = /** @type {(inputs: Auth_Invalid_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.`)
};

const en_auth_invalid_link = /** @type {(inputs: Auth_Invalid_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This link is invalid or expired. Please ask for a new one.`)
};

const tr_auth_invalid_link = /** @type {(inputs: Auth_Invalid_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu bağlantı geçersiz veya süresi dolmuş. Lütfen yenisini isteyin.`)
};

const ar_auth_invalid_link = /** @type {(inputs: Auth_Invalid_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا الرابط غير صالح أو منتهي. يرجى طلب رابط جديد.`)
};

const ru_auth_invalid_link = /** @type {(inputs: Auth_Invalid_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ссылка недействительна или устарела. Запросите новую.`)
};

const uk_auth_invalid_link = /** @type {(inputs: Auth_Invalid_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Посилання недійсне або застаріле. Запросіть нове.`)
};

/**
* | output |
* | --- |
* | "This link is invalid or expired. Please ask for a new one." |
*
* @param {Auth_Invalid_LinkInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_invalid_link = /** @type {((inputs?: Auth_Invalid_LinkInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Invalid_LinkInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_invalid_link(inputs)
	if (locale === "tr") return tr_auth_invalid_link(inputs)
	if (locale === "ar") return ar_auth_invalid_link(inputs)
	if (locale === "ru") return ru_auth_invalid_link(inputs)
	if (locale === "uk") return uk_auth_invalid_link(inputs)
	return de_auth_invalid_link(inputs)
});