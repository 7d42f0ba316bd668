/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Space_Type_ShopInputs */

const de_space_type_shop = /** @type {(inputs: Space_Type_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ladenlokal / Schaufenster`)
};

const en_space_type_shop = /** @type {(inputs: Space_Type_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shop / shop window`)
};

const tr_space_type_shop = /** @type {(inputs: Space_Type_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dükkân / vitrin`)
};

const ar_space_type_shop = /** @type {(inputs: Space_Type_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محل / واجهة عرض`)
};

const ru_space_type_shop = /** @type {(inputs: Space_Type_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Магазин / витрина`)
};

const uk_space_type_shop = /** @type {(inputs: Space_Type_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Магазин / вітрина`)
};

/**
* | output |
* | --- |
* | "Shop / shop window" |
*
* @param {Space_Type_ShopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_type_shop = /** @type {((inputs?: Space_Type_ShopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_Type_ShopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_space_type_shop(inputs)
	if (locale === "tr") return tr_space_type_shop(inputs)
	if (locale === "ar") return ar_space_type_shop(inputs)
	if (locale === "ru") return ru_space_type_shop(inputs)
	if (locale === "uk") return uk_space_type_shop(inputs)
	return de_space_type_shop(inputs)
});