/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Area_Nav_TeamInputs */

const de_area_nav_team = /** @type {(inputs: Area_Nav_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team`)
};

const en_area_nav_team = /** @type {(inputs: Area_Nav_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team`)
};

const tr_area_nav_team = /** @type {(inputs: Area_Nav_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ekip`)
};

const ar_area_nav_team = /** @type {(inputs: Area_Nav_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الفريق`)
};

const ru_area_nav_team = /** @type {(inputs: Area_Nav_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Команда`)
};

const uk_area_nav_team = /** @type {(inputs: Area_Nav_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Команда`)
};

/**
* | output |
* | --- |
* | "Team" |
*
* @param {Area_Nav_TeamInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const area_nav_team = /** @type {((inputs?: Area_Nav_TeamInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Nav_TeamInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_area_nav_team(inputs)
	if (locale === "tr") return tr_area_nav_team(inputs)
	if (locale === "ar") return ar_area_nav_team(inputs)
	if (locale === "ru") return ru_area_nav_team(inputs)
	if (locale === "uk") return uk_area_nav_team(inputs)
	return de_area_nav_team(inputs)
});