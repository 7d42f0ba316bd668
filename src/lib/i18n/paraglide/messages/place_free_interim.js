/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Free_InterimInputs */

const de_place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zwischennutzung ohne Miete möglich`)
};

const en_place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temporary use without rent possible`)
};

const tr_place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kirasız geçici kullanım mümkün`)
};

const ar_place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استخدام مؤقت بدون إيجار ممكن`)
};

const ru_place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Возможно временное использование без аренды`)
};

const uk_place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Можливе тимчасове використання без оренди`)
};

/**
* | output |
* | --- |
* | "Temporary use without rent possible" |
*
* @param {Place_Free_InterimInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_free_interim = /** @type {((inputs?: Place_Free_InterimInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Free_InterimInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_free_interim(inputs)
	if (locale === "tr") return tr_place_free_interim(inputs)
	if (locale === "ar") return ar_place_free_interim(inputs)
	if (locale === "ru") return ru_place_free_interim(inputs)
	if (locale === "uk") return uk_place_free_interim(inputs)
	return de_place_free_interim(inputs)
});