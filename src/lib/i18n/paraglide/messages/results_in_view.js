/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Results_In_ViewInputs */

const de_results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Im Kartenausschnitt: ${i?.count}`)
};

const en_results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`On the map: ${i?.count}`)
};

const tr_results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Haritada: ${i?.count}`)
};

const ar_results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`على الخريطة: ${i?.count}`)
};

const ru_results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`На карте: ${i?.count}`)
};

const uk_results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`На карті: ${i?.count}`)
};

/**
* | output |
* | --- |
* | "On the map: {count}" |
*
* @param {Results_In_ViewInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_in_view = /** @type {((inputs: Results_In_ViewInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_In_ViewInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_results_in_view(inputs)
	if (locale === "tr") return tr_results_in_view(inputs)
	if (locale === "ar") return ar_results_in_view(inputs)
	if (locale === "ru") return ru_results_in_view(inputs)
	if (locale === "uk") return uk_results_in_view(inputs)
	return de_results_in_view(inputs)
});