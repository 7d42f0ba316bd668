/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Outbox_UnavailableInputs */

const de_team_outbox_unavailable = /** @type {(inputs: Team_Outbox_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit Supabase Auth gibt es keinen lokalen Postausgang.`)
};

const en_team_outbox_unavailable = /** @type {(inputs: Team_Outbox_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`With Supabase Auth there is no local outbox.`)
};

const tr_team_outbox_unavailable = /** @type {(inputs: Team_Outbox_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Supabase Auth kullanıldığında yerel giden kutusu yoktur.`)
};

const ar_team_outbox_unavailable = /** @type {(inputs: Team_Outbox_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يوجد صندوق صادر محلي عند استخدام Supabase Auth.`)
};

const ru_team_outbox_unavailable = /** @type {(inputs: Team_Outbox_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`С Supabase Auth локальной папки «Исходящие» нет.`)
};

const uk_team_outbox_unavailable = /** @type {(inputs: Team_Outbox_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Із Supabase Auth локальної теки «Вихідні» немає.`)
};

/**
* | output |
* | --- |
* | "With Supabase Auth there is no local outbox." |
*
* @param {Team_Outbox_UnavailableInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const team_outbox_unavailable = /** @type {((inputs?: Team_Outbox_UnavailableInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Outbox_UnavailableInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_team_outbox_unavailable(inputs)
	if (locale === "tr") return tr_team_outbox_unavailable(inputs)
	if (locale === "ar") return ar_team_outbox_unavailable(inputs)
	if (locale === "ru") return ru_team_outbox_unavailable(inputs)
	if (locale === "uk") return uk_team_outbox_unavailable(inputs)
	return de_team_outbox_unavailable(inputs)
});