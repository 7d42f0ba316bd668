/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_People_HeadingInputs */

const de_team_people_heading = /** @type {(inputs: Team_People_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coaches und Projektteam`)
};

const en_team_people_heading = /** @type {(inputs: Team_People_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coaches and project team`)
};

const tr_team_people_heading = /** @type {(inputs: Team_People_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Koçlar ve proje ekibi`)
};

const ar_team_people_heading = /** @type {(inputs: Team_People_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المرشدون وفريق المشروع`)
};

const ru_team_people_heading = /** @type {(inputs: Team_People_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коучи и команда проекта`)
};

const uk_team_people_heading = /** @type {(inputs: Team_People_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коучі та команда проєкту`)
};

/**
* | output |
* | --- |
* | "Coaches and project team" |
*
* @param {Team_People_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_people_heading = /** @type {((inputs?: Team_People_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_People_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_people_heading(inputs)
	if (locale === "tr") return tr_team_people_heading(inputs)
	if (locale === "ar") return ar_team_people_heading(inputs)
	if (locale === "ru") return ru_team_people_heading(inputs)
	if (locale === "uk") return uk_team_people_heading(inputs)
	return de_team_people_heading(inputs)
});