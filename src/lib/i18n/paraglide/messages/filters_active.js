/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Filters_ActiveInputs */

const de_filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`aktiv: ${i?.count}`)
};

const en_filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`active: ${i?.count}`)
};

const tr_filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`etkin: ${i?.count}`)
};

const ar_filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`مفعّل: ${i?.count}`)
};

const ru_filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`включено: ${i?.count}`)
};

const uk_filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`увімкнено: ${i?.count}`)
};

/**
* | output |
* | --- |
* | "active: {count}" |
*
* @param {Filters_ActiveInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filters_active = /** @type {((inputs: Filters_ActiveInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_ActiveInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filters_active(inputs)
	if (locale === "tr") return tr_filters_active(inputs)
	if (locale === "ar") return ar_filters_active(inputs)
	if (locale === "ru") return ru_filters_active(inputs)
	if (locale === "uk") return uk_filters_active(inputs)
	return de_filters_active(inputs)
});