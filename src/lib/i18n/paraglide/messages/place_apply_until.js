/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Apply_UntilInputs */

const de_place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bewerben bis`)
};

const en_place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Apply by`)
};

const tr_place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Son başvuru`)
};

const ar_place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التقديم حتى`)
};

const ru_place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подать заявку до`)
};

const uk_place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подати заявку до`)
};

/**
* | output |
* | --- |
* | "Apply by" |
*
* @param {Place_Apply_UntilInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_apply_until = /** @type {((inputs?: Place_Apply_UntilInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Apply_UntilInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_apply_until(inputs)
	if (locale === "tr") return tr_place_apply_until(inputs)
	if (locale === "ar") return ar_place_apply_until(inputs)
	if (locale === "ru") return ru_place_apply_until(inputs)
	if (locale === "uk") return uk_place_apply_until(inputs)
	return de_place_apply_until(inputs)
});