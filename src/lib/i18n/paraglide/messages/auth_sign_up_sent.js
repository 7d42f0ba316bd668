/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Sign_Up_SentInputs */

const de_auth_sign_up_sent = /** @type {(inputs: Auth_Sign_Up_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fast geschafft: Wir haben Ihnen einen Link zur Bestätigung geschickt. Bitte öffnen Sie Ihr E-Mail-Postfach.`)
};

const en_auth_sign_up_sent = /** @type {(inputs: Auth_Sign_Up_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Almost done: we have sent you a link to confirm. Please open your email inbox.`)
};

const tr_auth_sign_up_sent = /** @type {(inputs: Auth_Sign_Up_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neredeyse bitti: Size onay bağlantısı gönderdik. Lütfen e-posta kutunuzu açın.`)
};

const ar_auth_sign_up_sent = /** @type {(inputs: Auth_Sign_Up_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اقتربت: أرسلنا لك رابط التأكيد. يرجى فتح بريدك الإلكتروني.`)
};

const ru_auth_sign_up_sent = /** @type {(inputs: Auth_Sign_Up_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Почти готово: мы отправили ссылку для подтверждения. Откройте вашу почту.`)
};

const uk_auth_sign_up_sent = /** @type {(inputs: Auth_Sign_Up_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Майже готово: ми надіслали посилання для підтвердження. Відкрийте вашу пошту.`)
};

/**
* | output |
* | --- |
* | "Almost done: we have sent you a link to confirm. Please open your email inbox." |
*
* @param {Auth_Sign_Up_SentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_sign_up_sent = /** @type {((inputs?: Auth_Sign_Up_SentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Sign_Up_SentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_sign_up_sent(inputs)
	if (locale === "tr") return tr_auth_sign_up_sent(inputs)
	if (locale === "ar") return ar_auth_sign_up_sent(inputs)
	if (locale === "ru") return ru_auth_sign_up_sent(inputs)
	if (locale === "uk") return uk_auth_sign_up_sent(inputs)
	return de_auth_sign_up_sent(inputs)
});