/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Outbox_IntroInputs */

const de_team_outbox_intro = /** @type {(inputs: Team_Outbox_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachrichten der lokalen Anmeldung (ohne Mailserver). Die neuesten zuerst.`)
};

const en_team_outbox_intro = /** @type {(inputs: Team_Outbox_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Messages from the local sign-in (no mail server). Newest first.`)
};

const tr_team_outbox_intro = /** @type {(inputs: Team_Outbox_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yerel girişin mesajları (e-posta sunucusu olmadan). En yeniler önce.`)
};

const ar_team_outbox_intro = /** @type {(inputs: Team_Outbox_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`رسائل تسجيل الدخول المحلي (بدون خادم بريد). الأحدث أولًا.`)
};

const ru_team_outbox_intro = /** @type {(inputs: Team_Outbox_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Письма локального входа (без почтового сервера). Сначала самые новые.`)
};

const uk_team_outbox_intro = /** @type {(inputs: Team_Outbox_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Листи локального входу (без поштового сервера). Спочатку найновіші.`)
};

/**
* | output |
* | --- |
* | "Messages from the local sign-in (no mail server). Newest first." |
*
* @param {Team_Outbox_IntroInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_outbox_intro = /** @type {((inputs?: Team_Outbox_IntroInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Outbox_IntroInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_outbox_intro(inputs)
	if (locale === "tr") return tr_team_outbox_intro(inputs)
	if (locale === "ar") return ar_team_outbox_intro(inputs)
	if (locale === "ru") return ru_team_outbox_intro(inputs)
	if (locale === "uk") return uk_team_outbox_intro(inputs)
	return de_team_outbox_intro(inputs)
});