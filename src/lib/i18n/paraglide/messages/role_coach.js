/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Role_CoachInputs */

const de_role_coach = /** @type {(inputs: Role_CoachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coach`)
};

const en_role_coach = /** @type {(inputs: Role_CoachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coach`)
};

const tr_role_coach = /** @type {(inputs: Role_CoachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Koç`)
};

const ar_role_coach = /** @type {(inputs: Role_CoachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مرشد`)
};

const ru_role_coach = /** @type {(inputs: Role_CoachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коуч`)
};

const uk_role_coach = /** @type {(inputs: Role_CoachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коуч`)
};

/**
* | output |
* | --- |
* | "Coach" |
*
* @param {Role_CoachInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const role_coach = /** @type {((inputs?: Role_CoachInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_CoachInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_role_coach(inputs)
	if (locale === "tr") return tr_role_coach(inputs)
	if (locale === "ar") return ar_role_coach(inputs)
	if (locale === "ru") return ru_role_coach(inputs)
	if (locale === "uk") return uk_role_coach(inputs)
	return de_role_coach(inputs)
});