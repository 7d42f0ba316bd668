/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Results_FoundInputs */

const de_results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gefunden: ${i?.count}`)
};

const en_results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Found: ${i?.count}`)
};

const tr_results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulunan: ${i?.count}`)
};

const ar_results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`النتائج: ${i?.count}`)
};

const ru_results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Найдено: ${i?.count}`)
};

const uk_results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Знайдено: ${i?.count}`)
};

/**
* | output |
* | --- |
* | "Found: {count}" |
*
* @param {Results_FoundInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_found = /** @type {((inputs: Results_FoundInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_FoundInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_results_found(inputs)
	if (locale === "tr") return tr_results_found(inputs)
	if (locale === "ar") return ar_results_found(inputs)
	if (locale === "ru") return ru_results_found(inputs)
	if (locale === "uk") return uk_results_found(inputs)
	return de_results_found(inputs)
});