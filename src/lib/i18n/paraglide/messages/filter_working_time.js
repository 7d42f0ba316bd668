/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_Working_TimeInputs */

const de_filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeit`)
};

const en_filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working time`)
};

const tr_filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çalışma süresi`)
};

const ar_filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`وقت العمل`)
};

const ru_filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Рабочее время`)
};

const uk_filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час`)
};

/**
* | output |
* | --- |
* | "Working time" |
*
* @param {Filter_Working_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_working_time = /** @type {((inputs?: Filter_Working_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Working_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_working_time(inputs)
	if (locale === "tr") return tr_filter_working_time(inputs)
	if (locale === "ar") return ar_filter_working_time(inputs)
	if (locale === "ru") return ru_filter_working_time(inputs)
	if (locale === "uk") return uk_filter_working_time(inputs)
	return de_filter_working_time(inputs)
});