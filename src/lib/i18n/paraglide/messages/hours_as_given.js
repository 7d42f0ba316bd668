/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hours_As_GivenInputs */

const de_hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`So angegeben:`)
};

const en_hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As given:`)
};

const tr_hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verildiği gibi:`)
};

const ar_hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كما ورد:`)
};

const ru_hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Как указано:`)
};

const uk_hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Як зазначено:`)
};

/**
* | output |
* | --- |
* | "As given:" |
*
* @param {Hours_As_GivenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const hours_as_given = /** @type {((inputs?: Hours_As_GivenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hours_As_GivenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_hours_as_given(inputs)
	if (locale === "tr") return tr_hours_as_given(inputs)
	if (locale === "ar") return ar_hours_as_given(inputs)
	if (locale === "ru") return ru_hours_as_given(inputs)
	if (locale === "uk") return uk_hours_as_given(inputs)
	return de_hours_as_given(inputs)
});