/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Invite_HeadingInputs */

const de_team_invite_heading = /** @type {(inputs: Team_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coach oder Teammitglied einladen`)
};

const en_team_invite_heading = /** @type {(inputs: Team_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invite a coach or team member`)
};

const tr_team_invite_heading = /** @type {(inputs: Team_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Koç veya ekip üyesi davet et`)
};

const ar_team_invite_heading = /** @type {(inputs: Team_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دعوة مرشد أو عضو في الفريق`)
};

const ru_team_invite_heading = /** @type {(inputs: Team_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пригласить коуча или участника команды`)
};

const uk_team_invite_heading = /** @type {(inputs: Team_Invite_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запросити коуча або учасника команди`)
};

/**
* | output |
* | --- |
* | "Invite a coach or team member" |
*
* @param {Team_Invite_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_invite_heading = /** @type {((inputs?: Team_Invite_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invite_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_invite_heading(inputs)
	if (locale === "tr") return tr_team_invite_heading(inputs)
	if (locale === "ar") return ar_team_invite_heading(inputs)
	if (locale === "ru") return ru_team_invite_heading(inputs)
	if (locale === "uk") return uk_team_invite_heading(inputs)
	return de_team_invite_heading(inputs)
});