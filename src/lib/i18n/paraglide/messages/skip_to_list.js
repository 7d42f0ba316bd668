/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Skip_To_ListInputs */

const de_skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Liste springen`)
};

const en_skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to the list`)
};

const tr_skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listeye geç`)
};

const ar_skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`انتقل إلى القائمة`)
};

const ru_skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перейти к списку`)
};

const uk_skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перейти до списку`)
};

/**
* | output |
* | --- |
* | "Skip to the list" |
*
* @param {Skip_To_ListInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const skip_to_list = /** @type {((inputs?: Skip_To_ListInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Skip_To_ListInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_skip_to_list(inputs)
	if (locale === "tr") return tr_skip_to_list(inputs)
	if (locale === "ar") return ar_skip_to_list(inputs)
	if (locale === "ru") return ru_skip_to_list(inputs)
	if (locale === "uk") return uk_skip_to_list(inputs)
	return de_skip_to_list(inputs)
});