/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wheelchair_LimitedInputs */

const de_wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teilweise mit dem Rollstuhl erreichbar`)
};

const en_wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partly wheelchair accessible`)
};

const tr_wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tekerlekli sandalyeyle kısmen erişilebilir`)
};

const ar_wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يمكن الوصول جزئيًا بالكرسي المتحرك`)
};

const ru_wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Частично доступно на инвалидной коляске`)
};

const uk_wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Частково доступно на кріслі колісному`)
};

/**
* | output |
* | --- |
* | "Partly wheelchair accessible" |
*
* @param {Wheelchair_LimitedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wheelchair_limited = /** @type {((inputs?: Wheelchair_LimitedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wheelchair_LimitedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_wheelchair_limited(inputs)
	if (locale === "tr") return tr_wheelchair_limited(inputs)
	if (locale === "ar") return ar_wheelchair_limited(inputs)
	if (locale === "ru") return ru_wheelchair_limited(inputs)
	if (locale === "uk") return uk_wheelchair_limited(inputs)
	return de_wheelchair_limited(inputs)
});