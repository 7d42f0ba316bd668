/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Space_ShopInputs */

const de_space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laden`)
};

const en_space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shop`)
};

const tr_space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dükkân`)
};

const ar_space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محل`)
};

const ru_space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Магазин`)
};

const uk_space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Магазин`)
};

/**
* | output |
* | --- |
* | "Shop" |
*
* @param {Space_ShopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_shop = /** @type {((inputs?: Space_ShopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_ShopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_space_shop(inputs)
	if (locale === "tr") return tr_space_shop(inputs)
	if (locale === "ar") return ar_space_shop(inputs)
	if (locale === "ru") return ru_space_shop(inputs)
	if (locale === "uk") return uk_space_shop(inputs)
	return de_space_shop(inputs)
});