/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wheelchair_NoInputs */

const de_wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht mit dem Rollstuhl erreichbar`)
};

const en_wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not wheelchair accessible`)
};

const tr_wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tekerlekli sandalyeyle erişilemez`)
};

const ar_wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يمكن الوصول بالكرسي المتحرك`)
};

const ru_wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Недоступно на инвалидной коляске`)
};

const uk_wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Недоступно на кріслі колісному`)
};

/**
* | output |
* | --- |
* | "Not wheelchair accessible" |
*
* @param {Wheelchair_NoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wheelchair_no = /** @type {((inputs?: Wheelchair_NoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wheelchair_NoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_wheelchair_no(inputs)
	if (locale === "tr") return tr_wheelchair_no(inputs)
	if (locale === "ar") return ar_wheelchair_no(inputs)
	if (locale === "ru") return ru_wheelchair_no(inputs)
	if (locale === "uk") return uk_wheelchair_no(inputs)
	return de_wheelchair_no(inputs)
});