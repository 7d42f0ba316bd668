/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Time_DepartInputs */

const de_reach_time_depart = /** @type {(inputs: Reach_Time_DepartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abfahrt um`)
};

const en_reach_time_depart = /** @type {(inputs: Reach_Time_DepartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave at`)
};

const tr_reach_time_depart = /** @type {(inputs: Reach_Time_DepartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çıkış saati`)
};

const ar_reach_time_depart = /** @type {(inputs: Reach_Time_DepartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الانطلاق الساعة`)
};

const ru_reach_time_depart = /** @type {(inputs: Reach_Time_DepartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отправление в`)
};

const uk_reach_time_depart = /** @type {(inputs: Reach_Time_DepartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вирушити о`)
};

/**
* | output |
* | --- |
* | "Leave at" |
*
* @param {Reach_Time_DepartInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_time_depart = /** @type {((inputs?: Reach_Time_DepartInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Time_DepartInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_time_depart(inputs)
	if (locale === "tr") return tr_reach_time_depart(inputs)
	if (locale === "ar") return ar_reach_time_depart(inputs)
	if (locale === "ru") return ru_reach_time_depart(inputs)
	if (locale === "uk") return uk_reach_time_depart(inputs)
	return de_reach_time_depart(inputs)
});