/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wheelchair_YesInputs */

const de_wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit dem Rollstuhl erreichbar`)
};

const en_wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wheelchair accessible`)
};

const tr_wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tekerlekli sandalyeyle erişilebilir`)
};

const ar_wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يمكن الوصول بالكرسي المتحرك`)
};

const ru_wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступно на инвалидной коляске`)
};

const uk_wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступно на кріслі колісному`)
};

/**
* | output |
* | --- |
* | "Wheelchair accessible" |
*
* @param {Wheelchair_YesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wheelchair_yes = /** @type {((inputs?: Wheelchair_YesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wheelchair_YesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_wheelchair_yes(inputs)
	if (locale === "tr") return tr_wheelchair_yes(inputs)
	if (locale === "ar") return ar_wheelchair_yes(inputs)
	if (locale === "ru") return ru_wheelchair_yes(inputs)
	if (locale === "uk") return uk_wheelchair_yes(inputs)
	return de_wheelchair_yes(inputs)
});