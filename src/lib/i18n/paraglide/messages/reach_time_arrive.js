/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Time_ArriveInputs */

const de_reach_time_arrive = /** @type {(inputs: Reach_Time_ArriveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ankunft bis`)
};

const en_reach_time_arrive = /** @type {(inputs: Reach_Time_ArriveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arrive by`)
};

const tr_reach_time_arrive = /** @type {(inputs: Reach_Time_ArriveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varış en geç`)
};

const ar_reach_time_arrive = /** @type {(inputs: Reach_Time_ArriveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوصول قبل`)
};

const ru_reach_time_arrive = /** @type {(inputs: Reach_Time_ArriveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Прибыть до`)
};

const uk_reach_time_arrive = /** @type {(inputs: Reach_Time_ArriveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Прибути до`)
};

/**
* | output |
* | --- |
* | "Arrive by" |
*
* @param {Reach_Time_ArriveInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_time_arrive = /** @type {((inputs?: Reach_Time_ArriveInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Time_ArriveInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_time_arrive(inputs)
	if (locale === "tr") return tr_reach_time_arrive(inputs)
	if (locale === "ar") return ar_reach_time_arrive(inputs)
	if (locale === "ru") return ru_reach_time_arrive(inputs)
	if (locale === "uk") return uk_reach_time_arrive(inputs)
	return de_reach_time_arrive(inputs)
});