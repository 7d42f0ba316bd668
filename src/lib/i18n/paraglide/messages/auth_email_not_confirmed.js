/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Email_Not_ConfirmedInputs */

const de_auth_email_not_confirmed = /** @type {(inputs: Auth_Email_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen den Link noch einmal geschickt.`)
};

const en_auth_email_not_confirmed = /** @type {(inputs: Auth_Email_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please confirm your email address first. We have sent you the link again.`)
};

const tr_auth_email_not_confirmed = /** @type {(inputs: Auth_Email_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen önce e-posta adresinizi onaylayın. Bağlantıyı size tekrar gönderdik.`)
};

const ar_auth_email_not_confirmed = /** @type {(inputs: Auth_Email_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى تأكيد بريدك الإلكتروني أولًا. أرسلنا لك الرابط مرة أخرى.`)
};

const ru_auth_email_not_confirmed = /** @type {(inputs: Auth_Email_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сначала подтвердите адрес эл. почты. Мы отправили ссылку ещё раз.`)
};

const uk_auth_email_not_confirmed = /** @type {(inputs: Auth_Email_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Спочатку підтвердьте адресу ел. пошти. Ми надіслали посилання ще раз.`)
};

/**
* | output |
* | --- |
* | "Please confirm your email address first. We have sent you the link again." |
*
* @param {Auth_Email_Not_ConfirmedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_email_not_confirmed = /** @type {((inputs?: Auth_Email_Not_ConfirmedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Email_Not_ConfirmedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_email_not_confirmed(inputs)
	if (locale === "tr") return tr_auth_email_not_confirmed(inputs)
	if (locale === "ar") return ar_auth_email_not_confirmed(inputs)
	if (locale === "ru") return ru_auth_email_not_confirmed(inputs)
	if (locale === "uk") return uk_auth_email_not_confirmed(inputs)
	return de_auth_email_not_confirmed(inputs)
});