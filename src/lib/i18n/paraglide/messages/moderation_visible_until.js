/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Moderation_Visible_UntilInputs */

const de_moderation_visible_until = /** @type {(inputs: Moderation_Visible_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sichtbar bis`)
};

const en_moderation_visible_until = /** @type {(inputs: Moderation_Visible_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visible until`)
};

const tr_moderation_visible_until = /** @type {(inputs: Moderation_Visible_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şu tarihe kadar görünür`)
};

const ar_moderation_visible_until = /** @type {(inputs: Moderation_Visible_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ظاهر حتى`)
};

const ru_moderation_visible_until = /** @type {(inputs: Moderation_Visible_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Видно до`)
};

const uk_moderation_visible_until = /** @type {(inputs: Moderation_Visible_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Видно до`)
};

/**
* | output |
* | --- |
* | "Visible until" |
*
* @param {Moderation_Visible_UntilInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const moderation_visible_until = /** @type {((inputs?: Moderation_Visible_UntilInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Moderation_Visible_UntilInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_moderation_visible_until(inputs)
	if (locale === "tr") return tr_moderation_visible_until(inputs)
	if (locale === "ar") return ar_moderation_visible_until(inputs)
	if (locale === "ru") return ru_moderation_visible_until(inputs)
	if (locale === "uk") return uk_moderation_visible_until(inputs)
	return de_moderation_visible_until(inputs)
});