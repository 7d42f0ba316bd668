/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Outbox_LinkInputs */

const de_team_outbox_link = /** @type {(inputs: Team_Outbox_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Postausgang (lokale Anmeldung)`)
};

const en_team_outbox_link = /** @type {(inputs: Team_Outbox_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outbox (local sign-in)`)
};

const tr_team_outbox_link = /** @type {(inputs: Team_Outbox_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giden kutusu (yerel giriş)`)
};

const ar_team_outbox_link = /** @type {(inputs: Team_Outbox_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`صندوق الصادر (تسجيل الدخول المحلي)`)
};

const ru_team_outbox_link = /** @type {(inputs: Team_Outbox_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Исходящие (локальный вход)`)
};

const uk_team_outbox_link = /** @type {(inputs: Team_Outbox_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вихідні (локальний вхід)`)
};

/**
* | output |
* | --- |
* | "Outbox (local sign-in)" |
*
* @param {Team_Outbox_LinkInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_outbox_link = /** @type {((inputs?: Team_Outbox_LinkInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Outbox_LinkInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_outbox_link(inputs)
	if (locale === "tr") return tr_team_outbox_link(inputs)
	if (locale === "ar") return ar_team_outbox_link(inputs)
	if (locale === "ru") return ru_team_outbox_link(inputs)
	if (locale === "uk") return uk_team_outbox_link(inputs)
	return de_team_outbox_link(inputs)
});