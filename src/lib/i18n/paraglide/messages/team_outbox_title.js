/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Outbox_TitleInputs */

const de_team_outbox_title = /** @type {(inputs: Team_Outbox_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Postausgang`)
};

const en_team_outbox_title = /** @type {(inputs: Team_Outbox_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outbox`)
};

const tr_team_outbox_title = /** @type {(inputs: Team_Outbox_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giden kutusu`)
};

const ar_team_outbox_title = /** @type {(inputs: Team_Outbox_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`صندوق الصادر`)
};

const ru_team_outbox_title = /** @type {(inputs: Team_Outbox_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Исходящие`)
};

const uk_team_outbox_title = /** @type {(inputs: Team_Outbox_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вихідні`)
};

/**
* | output |
* | --- |
* | "Outbox" |
*
* @param {Team_Outbox_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_outbox_title = /** @type {((inputs?: Team_Outbox_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Outbox_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_outbox_title(inputs)
	if (locale === "tr") return tr_team_outbox_title(inputs)
	if (locale === "ar") return ar_team_outbox_title(inputs)
	if (locale === "ru") return ru_team_outbox_title(inputs)
	if (locale === "uk") return uk_team_outbox_title(inputs)
	return de_team_outbox_title(inputs)
});