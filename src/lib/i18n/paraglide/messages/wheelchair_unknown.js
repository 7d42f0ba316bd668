/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wheelchair_UnknownInputs */

const de_wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zugang mit dem Rollstuhl: unbekannt`)
};

const en_wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wheelchair access: unknown`)
};

const tr_wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tekerlekli sandalye erişimi: bilinmiyor`)
};

const ar_wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوصول بالكرسي المتحرك: غير معروف`)
};

const ru_wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступ на коляске: неизвестно`)
};

const uk_wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступ на кріслі колісному: невідомо`)
};

/**
* | output |
* | --- |
* | "Wheelchair access: unknown" |
*
* @param {Wheelchair_UnknownInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wheelchair_unknown = /** @type {((inputs?: Wheelchair_UnknownInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wheelchair_UnknownInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_wheelchair_unknown(inputs)
	if (locale === "tr") return tr_wheelchair_unknown(inputs)
	if (locale === "ar") return ar_wheelchair_unknown(inputs)
	if (locale === "ru") return ru_wheelchair_unknown(inputs)
	if (locale === "uk") return uk_wheelchair_unknown(inputs)
	return de_wheelchair_unknown(inputs)
});