/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ to: NonNullable<unknown> }} Team_Outbox_ToInputs */

const de_team_outbox_to = /** @type {(inputs: Team_Outbox_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`an ${i?.to}`)
};

const en_team_outbox_to = /** @type {(inputs: Team_Outbox_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`to ${i?.to}`)
};

const tr_team_outbox_to = /** @type {(inputs: Team_Outbox_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`alıcı: ${i?.to}`)
};

const ar_team_outbox_to = /** @type {(inputs: Team_Outbox_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`إلى ${i?.to}`)
};

const ru_team_outbox_to = /** @type {(inputs: Team_Outbox_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`для ${i?.to}`)
};

const uk_team_outbox_to = /** @type {(inputs: Team_Outbox_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`для ${i?.to}`)
};

/**
* | output |
* | --- |
* | "to {to}" |
*
* @param {Team_Outbox_ToInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_outbox_to = /** @type {((inputs: Team_Outbox_ToInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Outbox_ToInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_outbox_to(inputs)
	if (locale === "tr") return tr_team_outbox_to(inputs)
	if (locale === "ar") return ar_team_outbox_to(inputs)
	if (locale === "ru") return ru_team_outbox_to(inputs)
	if (locale === "uk") return uk_team_outbox_to(inputs)
	return de_team_outbox_to(inputs)
});