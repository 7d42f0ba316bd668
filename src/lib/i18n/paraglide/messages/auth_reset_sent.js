/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Reset_SentInputs */

const de_auth_reset_sent = /** @type {(inputs: Auth_Reset_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn es ein Konto zu dieser Adresse gibt, ist ein Link zum Zurücksetzen unterwegs.`)
};

const en_auth_reset_sent = /** @type {(inputs: Auth_Reset_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If there is an account for this address, a reset link is on its way.`)
};

const tr_auth_reset_sent = /** @type {(inputs: Auth_Reset_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu adrese ait bir hesap varsa, sıfırlama bağlantısı yolda.`)
};

const ar_auth_reset_sent = /** @type {(inputs: Auth_Reset_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إذا كان هناك حساب لهذا العنوان، فإن رابط إعادة التعيين في الطريق.`)
};

const ru_auth_reset_sent = /** @type {(inputs: Auth_Reset_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Если есть аккаунт с этим адресом, ссылка для сброса уже в пути.`)
};

const uk_auth_reset_sent = /** @type {(inputs: Auth_Reset_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Якщо є акаунт з цією адресою, посилання для скидання вже в дорозі.`)
};

/**
* | output |
* | --- |
* | "If there is an account for this address, a reset link is on its way." |
*
* @param {Auth_Reset_SentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_reset_sent = /** @type {((inputs?: Auth_Reset_SentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Reset_SentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_reset_sent(inputs)
	if (locale === "tr") return tr_auth_reset_sent(inputs)
	if (locale === "ar") return ar_auth_reset_sent(inputs)
	if (locale === "ru") return ru_auth_reset_sent(inputs)
	if (locale === "uk") return uk_auth_reset_sent(inputs)
	return de_auth_reset_sent(inputs)
});