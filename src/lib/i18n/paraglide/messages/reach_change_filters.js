/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Change_FiltersInputs */

const de_reach_change_filters = /** @type {(inputs: Reach_Change_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter auf der Karte ändern`)
};

const en_reach_change_filters = /** @type {(inputs: Reach_Change_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change filters on the map`)
};

const tr_reach_change_filters = /** @type {(inputs: Reach_Change_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtreleri haritada değiştir`)
};

const ar_reach_change_filters = /** @type {(inputs: Reach_Change_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`غيّر الفلاتر على الخريطة`)
};

const ru_reach_change_filters = /** @type {(inputs: Reach_Change_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изменить фильтры на карте`)
};

const uk_reach_change_filters = /** @type {(inputs: Reach_Change_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Змінити фільтри на карті`)
};

/**
* | output |
* | --- |
* | "Change filters on the map" |
*
* @param {Reach_Change_FiltersInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_change_filters = /** @type {((inputs?: Reach_Change_FiltersInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Change_FiltersInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_change_filters(inputs)
	if (locale === "tr") return tr_reach_change_filters(inputs)
	if (locale === "ar") return ar_reach_change_filters(inputs)
	if (locale === "ru") return ru_reach_change_filters(inputs)
	if (locale === "uk") return uk_reach_change_filters(inputs)
	return de_reach_change_filters(inputs)
});