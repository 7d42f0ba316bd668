/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Nav_TitleInputs */

const de_reach_nav_title = /** @type {(inputs: Reach_Nav_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was erreiche ich ohne Auto?`)
};

const en_reach_nav_title = /** @type {(inputs: Reach_Nav_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What can I reach without a car?`)
};

const tr_reach_nav_title = /** @type {(inputs: Reach_Nav_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arabasız nereye ulaşabilirim?`)
};

const ar_reach_nav_title = /** @type {(inputs: Reach_Nav_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ما الذي أستطيع الوصول إليه بدون سيارة؟`)
};

const ru_reach_nav_title = /** @type {(inputs: Reach_Nav_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Куда я доберусь без машины?`)
};

const uk_reach_nav_title = /** @type {(inputs: Reach_Nav_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Куди я дістануся без авто?`)
};

/**
* | output |
* | --- |
* | "What can I reach without a car?" |
*
* @param {Reach_Nav_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_nav_title = /** @type {((inputs?: Reach_Nav_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Nav_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_nav_title(inputs)
	if (locale === "tr") return tr_reach_nav_title(inputs)
	if (locale === "ar") return ar_reach_nav_title(inputs)
	if (locale === "ru") return ru_reach_nav_title(inputs)
	if (locale === "uk") return uk_reach_nav_title(inputs)
	return de_reach_nav_title(inputs)
});