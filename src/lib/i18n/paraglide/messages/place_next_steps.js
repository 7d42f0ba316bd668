/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Next_StepsInputs */

const de_place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`So geht es weiter`)
};

const en_place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next steps`)
};

const tr_place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonraki adımlar`)
};

const ar_place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الخطوات التالية`)
};

const ru_place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что делать дальше`)
};

const uk_place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що робити далі`)
};

/**
* | output |
* | --- |
* | "Next steps" |
*
* @param {Place_Next_StepsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_next_steps = /** @type {((inputs?: Place_Next_StepsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Next_StepsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_next_steps(inputs)
	if (locale === "tr") return tr_place_next_steps(inputs)
	if (locale === "ar") return ar_place_next_steps(inputs)
	if (locale === "ru") return ru_place_next_steps(inputs)
	if (locale === "uk") return uk_place_next_steps(inputs)
	return de_place_next_steps(inputs)
});