/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_LoadingInputs */

const de_reach_loading = /** @type {(inputs: Reach_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fahrplan wird geladen …`)
};

const en_reach_loading = /** @type {(inputs: Reach_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the timetable …`)
};

const tr_reach_loading = /** @type {(inputs: Reach_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tarife yükleniyor …`)
};

const ar_reach_loading = /** @type {(inputs: Reach_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`جارٍ تحميل جدول المواعيد …`)
};

const ru_reach_loading = /** @type {(inputs: Reach_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Загружается расписание …`)
};

const uk_reach_loading = /** @type {(inputs: Reach_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Завантажується розклад …`)
};

/**
* | output |
* | --- |
* | "Loading the timetable …" |
*
* @param {Reach_LoadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_loading = /** @type {((inputs?: Reach_LoadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_LoadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_loading(inputs)
	if (locale === "tr") return tr_reach_loading(inputs)
	if (locale === "ar") return ar_reach_loading(inputs)
	if (locale === "ru") return ru_reach_loading(inputs)
	if (locale === "uk") return uk_reach_loading(inputs)
	return de_reach_loading(inputs)
});