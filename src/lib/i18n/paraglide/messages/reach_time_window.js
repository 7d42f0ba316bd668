/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Time_WindowInputs */

const de_reach_time_window = /** @type {(inputs: Reach_Time_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abfahrt irgendwann in der Stunde ab`)
};

const en_reach_time_window = /** @type {(inputs: Reach_Time_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave any time in the hour from`)
};

const tr_reach_time_window = /** @type {(inputs: Reach_Time_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şu saatten itibaren bir saat içinde çıkış`)
};

const ar_reach_time_window = /** @type {(inputs: Reach_Time_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الانطلاق في أي وقت خلال ساعة من`)
};

const ru_reach_time_window = /** @type {(inputs: Reach_Time_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отправление в течение часа с`)
};

const uk_reach_time_window = /** @type {(inputs: Reach_Time_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вирушити протягом години з`)
};

/**
* | output |
* | --- |
* | "Leave any time in the hour from" |
*
* @param {Reach_Time_WindowInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_time_window = /** @type {((inputs?: Reach_Time_WindowInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Time_WindowInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_time_window(inputs)
	if (locale === "tr") return tr_reach_time_window(inputs)
	if (locale === "ar") return ar_reach_time_window(inputs)
	if (locale === "ru") return ru_reach_time_window(inputs)
	if (locale === "uk") return uk_reach_time_window(inputs)
	return de_reach_time_window(inputs)
});