/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_LanguagesInputs */

const de_filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Man spricht dort`)
};

const en_filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Languages spoken there`)
};

const tr_filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Orada konuşulan diller`)
};

const ar_filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اللغات المحكية هناك`)
};

const ru_filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Там говорят на`)
};

const uk_filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Там говорять`)
};

/**
* | output |
* | --- |
* | "Languages spoken there" |
*
* @param {Filter_LanguagesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_languages = /** @type {((inputs?: Filter_LanguagesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_LanguagesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_languages(inputs)
	if (locale === "tr") return tr_filter_languages(inputs)
	if (locale === "ar") return ar_filter_languages(inputs)
	if (locale === "ru") return ru_filter_languages(inputs)
	if (locale === "uk") return uk_filter_languages(inputs)
	return de_filter_languages(inputs)
});