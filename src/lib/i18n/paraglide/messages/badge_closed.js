/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badge_ClosedInputs */

const de_badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`geschlossen`)
};

const en_badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`closed`)
};

const tr_badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kapalı`)
};

const ar_badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مغلق`)
};

const ru_badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`закрыто`)
};

const uk_badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зачинено`)
};

/**
* | output |
* | --- |
* | "closed" |
*
* @param {Badge_ClosedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const badge_closed = /** @type {((inputs?: Badge_ClosedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_ClosedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_badge_closed(inputs)
	if (locale === "tr") return tr_badge_closed(inputs)
	if (locale === "ar") return ar_badge_closed(inputs)
	if (locale === "ru") return ru_badge_closed(inputs)
	if (locale === "uk") return uk_badge_closed(inputs)
	return de_badge_closed(inputs)
});