/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_List_TitleInputs */

const de_reach_list_title = /** @type {(inputs: Reach_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Orte nach Fahrzeit`)
};

const en_reach_list_title = /** @type {(inputs: Reach_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Places by travel time`)
};

const tr_reach_list_title = /** @type {(inputs: Reach_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yolculuk süresine göre yerler`)
};

const ar_reach_list_title = /** @type {(inputs: Reach_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأماكن حسب مدة الرحلة`)
};

const ru_reach_list_title = /** @type {(inputs: Reach_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Места по времени в пути`)
};

const uk_reach_list_title = /** @type {(inputs: Reach_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Місця за часом у дорозі`)
};

/**
* | output |
* | --- |
* | "Places by travel time" |
*
* @param {Reach_List_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_list_title = /** @type {((inputs?: Reach_List_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_List_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_list_title(inputs)
	if (locale === "tr") return tr_reach_list_title(inputs)
	if (locale === "ar") return ar_reach_list_title(inputs)
	if (locale === "ru") return ru_reach_list_title(inputs)
	if (locale === "uk") return uk_reach_list_title(inputs)
	return de_reach_list_title(inputs)
});