/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badge_OpenInputs */

const de_badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`geöffnet`)
};

const en_badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open`)
};

const tr_badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`açık`)
};

const ar_badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مفتوح`)
};

const ru_badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`открыто`)
};

const uk_badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`відчинено`)
};

/**
* | output |
* | --- |
* | "open" |
*
* @param {Badge_OpenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const badge_open = /** @type {((inputs?: Badge_OpenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_OpenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_badge_open(inputs)
	if (locale === "tr") return tr_badge_open(inputs)
	if (locale === "ar") return ar_badge_open(inputs)
	if (locale === "ru") return ru_badge_open(inputs)
	if (locale === "uk") return uk_badge_open(inputs)
	return de_badge_open(inputs)
});