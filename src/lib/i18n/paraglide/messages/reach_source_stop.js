/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Source_StopInputs */

const de_reach_source_stop = /** @type {(inputs: Reach_Source_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haltestelle`)
};

const en_reach_source_stop = /** @type {(inputs: Reach_Source_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop`)
};

const tr_reach_source_stop = /** @type {(inputs: Reach_Source_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Durak`)
};

const ar_reach_source_stop = /** @type {(inputs: Reach_Source_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محطة`)
};

const ru_reach_source_stop = /** @type {(inputs: Reach_Source_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Остановка`)
};

const uk_reach_source_stop = /** @type {(inputs: Reach_Source_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зупинка`)
};

/**
* | output |
* | --- |
* | "Stop" |
*
* @param {Reach_Source_StopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_source_stop = /** @type {((inputs?: Reach_Source_StopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Source_StopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_source_stop(inputs)
	if (locale === "tr") return tr_reach_source_stop(inputs)
	if (locale === "ar") return ar_reach_source_stop(inputs)
	if (locale === "ru") return ru_reach_source_stop(inputs)
	if (locale === "uk") return uk_reach_source_stop(inputs)
	return de_reach_source_stop(inputs)
});