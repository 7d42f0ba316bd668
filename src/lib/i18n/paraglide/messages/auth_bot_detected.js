/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Bot_DetectedInputs */

const de_auth_bot_detected = /** @type {(inputs: Auth_Bot_DetectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Formular konnte nicht gesendet werden.`)
};

const en_auth_bot_detected = /** @type {(inputs: Auth_Bot_DetectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The form could not be sent.`)
};

const tr_auth_bot_detected = /** @type {(inputs: Auth_Bot_DetectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Form gönderilemedi.`)
};

const ar_auth_bot_detected = /** @type {(inputs: Auth_Bot_DetectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّر إرسال النموذج.`)
};

const ru_auth_bot_detected = /** @type {(inputs: Auth_Bot_DetectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не удалось отправить форму.`)
};

const uk_auth_bot_detected = /** @type {(inputs: Auth_Bot_DetectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не вдалося надіслати форму.`)
};

/**
* | output |
* | --- |
* | "The form could not be sent." |
*
* @param {Auth_Bot_DetectedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_bot_detected = /** @type {((inputs?: Auth_Bot_DetectedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Bot_DetectedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_bot_detected(inputs)
	if (locale === "tr") return tr_auth_bot_detected(inputs)
	if (locale === "ar") return ar_auth_bot_detected(inputs)
	if (locale === "ru") return ru_auth_bot_detected(inputs)
	if (locale === "uk") return uk_auth_bot_detected(inputs)
	return de_auth_bot_detected(inputs)
});