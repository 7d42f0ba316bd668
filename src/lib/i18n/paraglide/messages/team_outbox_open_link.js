/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Outbox_Open_LinkInputs */

const de_team_outbox_open_link = /** @type {(inputs: Team_Outbox_Open_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link öffnen`)
};

const en_team_outbox_open_link = /** @type {(inputs: Team_Outbox_Open_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open link`)
};

const tr_team_outbox_open_link = /** @type {(inputs: Team_Outbox_Open_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bağlantıyı aç`)
};

const ar_team_outbox_open_link = /** @type {(inputs: Team_Outbox_Open_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فتح الرابط`)
};

const ru_team_outbox_open_link = /** @type {(inputs: Team_Outbox_Open_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открыть ссылку`)
};

const uk_team_outbox_open_link = /** @type {(inputs: Team_Outbox_Open_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відкрити посилання`)
};

/**
* | output |
* | --- |
* | "Open link" |
*
* @param {Team_Outbox_Open_LinkInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_outbox_open_link = /** @type {((inputs?: Team_Outbox_Open_LinkInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Outbox_Open_LinkInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_outbox_open_link(inputs)
	if (locale === "tr") return tr_team_outbox_open_link(inputs)
	if (locale === "ar") return ar_team_outbox_open_link(inputs)
	if (locale === "ru") return ru_team_outbox_open_link(inputs)
	if (locale === "uk") return uk_team_outbox_open_link(inputs)
	return de_team_outbox_open_link(inputs)
});