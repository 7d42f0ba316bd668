/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hours_ClosedInputs */

const de_hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`geschlossen`)
};

const en_hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`closed`)
};

const tr_hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kapalı`)
};

const ar_hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مغلق`)
};

const ru_hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`закрыто`)
};

const uk_hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зачинено`)
};

/**
* | output |
* | --- |
* | "closed" |
*
* @param {Hours_ClosedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const hours_closed = /** @type {((inputs?: Hours_ClosedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hours_ClosedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_hours_closed(inputs)
	if (locale === "tr") return tr_hours_closed(inputs)
	if (locale === "ar") return ar_hours_closed(inputs)
	if (locale === "ru") return ru_hours_closed(inputs)
	if (locale === "uk") return uk_hours_closed(inputs)
	return de_hours_closed(inputs)
});