/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Role_InvalidInputs */

const de_team_role_invalid = /** @type {(inputs: Team_Role_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte Coach oder Projektteam wählen.`)
};

const en_team_role_invalid = /** @type {(inputs: Team_Role_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please choose coach or project team.`)
};

const tr_team_role_invalid = /** @type {(inputs: Team_Role_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen koç veya proje ekibini seçin.`)
};

const ar_team_role_invalid = /** @type {(inputs: Team_Role_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى اختيار مرشد أو فريق المشروع.`)
};

const ru_team_role_invalid = /** @type {(inputs: Team_Role_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выберите: коуч или команда проекта.`)
};

const uk_team_role_invalid = /** @type {(inputs: Team_Role_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Виберіть: коуч або команда проєкту.`)
};

/**
* | output |
* | --- |
* | "Please choose coach or project team." |
*
* @param {Team_Role_InvalidInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_role_invalid = /** @type {((inputs?: Team_Role_InvalidInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Role_InvalidInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_role_invalid(inputs)
	if (locale === "tr") return tr_team_role_invalid(inputs)
	if (locale === "ar") return ar_team_role_invalid(inputs)
	if (locale === "ru") return ru_team_role_invalid(inputs)
	if (locale === "uk") return uk_team_role_invalid(inputs)
	return de_team_role_invalid(inputs)
});