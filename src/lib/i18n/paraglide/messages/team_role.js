/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_RoleInputs */

const de_team_role = /** @type {(inputs: Team_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rolle`)
};

const en_team_role = /** @type {(inputs: Team_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role`)
};

const tr_team_role = /** @type {(inputs: Team_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rol`)
};

const ar_team_role = /** @type {(inputs: Team_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الدور`)
};

const ru_team_role = /** @type {(inputs: Team_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Роль`)
};

const uk_team_role = /** @type {(inputs: Team_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Роль`)
};

/**
* | output |
* | --- |
* | "Role" |
*
* @param {Team_RoleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_role = /** @type {((inputs?: Team_RoleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_RoleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_role(inputs)
	if (locale === "tr") return tr_team_role(inputs)
	if (locale === "ar") return ar_team_role(inputs)
	if (locale === "ru") return ru_team_role(inputs)
	if (locale === "uk") return uk_team_role(inputs)
	return de_team_role(inputs)
});