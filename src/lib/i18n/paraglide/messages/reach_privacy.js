/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_PrivacyInputs */

const de_reach_privacy = /** @type {(inputs: Reach_PrivacyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Startpunkt bleibt auf diesem Gerät. Er wird nicht an uns gesendet.`)
};

const en_reach_privacy = /** @type {(inputs: Reach_PrivacyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your starting point stays on this device. It is not sent to us.`)
};

const tr_reach_privacy = /** @type {(inputs: Reach_PrivacyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Başlangıç noktanız bu cihazda kalır. Bize gönderilmez.`)
};

const ar_reach_privacy = /** @type {(inputs: Reach_PrivacyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تبقى نقطة انطلاقك على هذا الجهاز ولا تُرسل إلينا.`)
};

const ru_reach_privacy = /** @type {(inputs: Reach_PrivacyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваша начальная точка остаётся на этом устройстве. Она не отправляется нам.`)
};

const uk_reach_privacy = /** @type {(inputs: Reach_PrivacyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваша початкова точка залишається на цьому пристрої. Вона не надсилається нам.`)
};

/**
* | output |
* | --- |
* | "Your starting point stays on this device. It is not sent to us." |
*
* @param {Reach_PrivacyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_privacy = /** @type {((inputs?: Reach_PrivacyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_PrivacyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_privacy(inputs)
	if (locale === "tr") return tr_reach_privacy(inputs)
	if (locale === "ar") return ar_reach_privacy(inputs)
	if (locale === "ru") return ru_reach_privacy(inputs)
	if (locale === "uk") return uk_reach_privacy(inputs)
	return de_reach_privacy(inputs)
});