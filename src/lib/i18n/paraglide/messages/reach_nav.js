/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_NavInputs */

const de_reach_nav = /** @type {(inputs: Reach_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erreichbarkeit`)
};

const en_reach_nav = /** @type {(inputs: Reach_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reachability`)
};

const tr_reach_nav = /** @type {(inputs: Reach_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ulaşım süresi`)
};

const ar_reach_nav = /** @type {(inputs: Reach_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوصول`)
};

const ru_reach_nav = /** @type {(inputs: Reach_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступность`)
};

const uk_reach_nav = /** @type {(inputs: Reach_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Досяжність`)
};

/**
* | output |
* | --- |
* | "Reachability" |
*
* @param {Reach_NavInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_nav = /** @type {((inputs?: Reach_NavInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_NavInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_nav(inputs)
	if (locale === "tr") return tr_reach_nav(inputs)
	if (locale === "ar") return ar_reach_nav(inputs)
	if (locale === "ru") return ru_reach_nav(inputs)
	if (locale === "uk") return uk_reach_nav(inputs)
	return de_reach_nav(inputs)
});