/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_StopInputs */

const de_legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haltestelle`)
};

const en_legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bus or tram stop`)
};

const tr_legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Durak`)
};

const ar_legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محطة`)
};

const ru_legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Остановка`)
};

const uk_legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зупинка`)
};

/**
* | output |
* | --- |
* | "Bus or tram stop" |
*
* @param {Legend_StopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_stop = /** @type {((inputs?: Legend_StopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_StopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_legend_stop(inputs)
	if (locale === "tr") return tr_legend_stop(inputs)
	if (locale === "ar") return ar_legend_stop(inputs)
	if (locale === "ru") return ru_legend_stop(inputs)
	if (locale === "uk") return uk_legend_stop(inputs)
	return de_legend_stop(inputs)
});