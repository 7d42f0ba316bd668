/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Invite_SubmitInputs */

const de_team_invite_submit = /** @type {(inputs: Team_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einladen`)
};

const en_team_invite_submit = /** @type {(inputs: Team_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invite`)
};

const tr_team_invite_submit = /** @type {(inputs: Team_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Davet et`)
};

const ar_team_invite_submit = /** @type {(inputs: Team_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دعوة`)
};

const ru_team_invite_submit = /** @type {(inputs: Team_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пригласить`)
};

const uk_team_invite_submit = /** @type {(inputs: Team_Invite_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запросити`)
};

/**
* | output |
* | --- |
* | "Invite" |
*
* @param {Team_Invite_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_invite_submit = /** @type {((inputs?: Team_Invite_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invite_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_invite_submit(inputs)
	if (locale === "tr") return tr_team_invite_submit(inputs)
	if (locale === "ar") return ar_team_invite_submit(inputs)
	if (locale === "ru") return ru_team_invite_submit(inputs)
	if (locale === "uk") return uk_team_invite_submit(inputs)
	return de_team_invite_submit(inputs)
});