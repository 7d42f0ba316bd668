/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_No_NameInputs */

const de_team_no_name = /** @type {(inputs: Team_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch ohne Namen`)
};

const en_team_no_name = /** @type {(inputs: Team_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No name yet`)
};

const tr_team_no_name = /** @type {(inputs: Team_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Henüz isim yok`)
};

const ar_team_no_name = /** @type {(inputs: Team_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بدون اسم بعد`)
};

const ru_team_no_name = /** @type {(inputs: Team_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пока без имени`)
};

const uk_team_no_name = /** @type {(inputs: Team_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поки без імені`)
};

/**
* | output |
* | --- |
* | "No name yet" |
*
* @param {Team_No_NameInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_no_name = /** @type {((inputs?: Team_No_NameInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_No_NameInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_no_name(inputs)
	if (locale === "tr") return tr_team_no_name(inputs)
	if (locale === "ar") return ar_team_no_name(inputs)
	if (locale === "ru") return ru_team_no_name(inputs)
	if (locale === "uk") return uk_team_no_name(inputs)
	return de_team_no_name(inputs)
});