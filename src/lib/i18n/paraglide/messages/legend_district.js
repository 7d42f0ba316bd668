/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_DistrictInputs */

const de_legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stadtbezirksgrenze`)
};

const en_legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`District boundary`)
};

const tr_legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İlçe sınırı`)
};

const ar_legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حدود المنطقة`)
};

const ru_legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Граница округа`)
};

const uk_legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Межа округу`)
};

/**
* | output |
* | --- |
* | "District boundary" |
*
* @param {Legend_DistrictInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_district = /** @type {((inputs?: Legend_DistrictInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_DistrictInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_legend_district(inputs)
	if (locale === "tr") return tr_legend_district(inputs)
	if (locale === "ar") return ar_legend_district(inputs)
	if (locale === "ru") return ru_legend_district(inputs)
	if (locale === "uk") return uk_legend_district(inputs)
	return de_legend_district(inputs)
});