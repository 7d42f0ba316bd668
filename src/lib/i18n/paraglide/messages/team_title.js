/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_TitleInputs */

const de_team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team`)
};

const en_team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team`)
};

const tr_team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ekip`)
};

const ar_team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الفريق`)
};

const ru_team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Команда`)
};

const uk_team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Команда`)
};

/**
* | output |
* | --- |
* | "Team" |
*
* @param {Team_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_title = /** @type {((inputs?: Team_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_title(inputs)
	if (locale === "tr") return tr_team_title(inputs)
	if (locale === "ar") return ar_team_title(inputs)
	if (locale === "ru") return ru_team_title(inputs)
	if (locale === "uk") return uk_team_title(inputs)
	return de_team_title(inputs)
});