/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_WheelchairInputs */

const de_filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit dem Rollstuhl erreichbar`)
};

const en_filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wheelchair accessible`)
};

const tr_filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tekerlekli sandalyeyle erişilebilir`)
};

const ar_filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يمكن الوصول بالكرسي المتحرك`)
};

const ru_filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступно на инвалидной коляске`)
};

const uk_filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступно на кріслі колісному`)
};

/**
* | output |
* | --- |
* | "Wheelchair accessible" |
*
* @param {Filter_WheelchairInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_wheelchair = /** @type {((inputs?: Filter_WheelchairInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_WheelchairInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_wheelchair(inputs)
	if (locale === "tr") return tr_filter_wheelchair(inputs)
	if (locale === "ar") return ar_filter_wheelchair(inputs)
	if (locale === "ru") return ru_filter_wheelchair(inputs)
	if (locale === "uk") return uk_filter_wheelchair(inputs)
	return de_filter_wheelchair(inputs)
});