/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Vacant_SpaceInputs */

const de_kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leerstand & Räume`)
};

const en_kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empty shops & rooms`)
};

const tr_kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boş dükkân ve odalar`)
};

const ar_kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محلات وغرف فارغة`)
};

const ru_kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пустые магазины и помещения`)
};

const uk_kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Порожні магазини й приміщення`)
};

/**
* | output |
* | --- |
* | "Empty shops & rooms" |
*
* @param {Kind_Vacant_SpaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_vacant_space = /** @type {((inputs?: Kind_Vacant_SpaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Vacant_SpaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_kind_vacant_space(inputs)
	if (locale === "tr") return tr_kind_vacant_space(inputs)
	if (locale === "ar") return ar_kind_vacant_space(inputs)
	if (locale === "ru") return ru_kind_vacant_space(inputs)
	if (locale === "uk") return uk_kind_vacant_space(inputs)
	return de_kind_vacant_space(inputs)
});