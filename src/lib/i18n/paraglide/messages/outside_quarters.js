/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Outside_QuartersInputs */

const de_outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`außerhalb der Quartiere`)
};

const en_outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`outside the neighbourhoods`)
};

const tr_outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mahallelerin dışında`)
};

const ar_outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خارج الأحياء`)
};

const ru_outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`вне районов`)
};

const uk_outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`поза районами`)
};

/**
* | output |
* | --- |
* | "outside the neighbourhoods" |
*
* @param {Outside_QuartersInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const outside_quarters = /** @type {((inputs?: Outside_QuartersInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outside_QuartersInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_outside_quarters(inputs)
	if (locale === "tr") return tr_outside_quarters(inputs)
	if (locale === "ar") return ar_outside_quarters(inputs)
	if (locale === "ru") return ru_outside_quarters(inputs)
	if (locale === "uk") return uk_outside_quarters(inputs)
	return de_outside_quarters(inputs)
});