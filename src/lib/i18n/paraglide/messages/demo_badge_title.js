/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Demo_Badge_TitleInputs */

const de_demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Einträge sind erfunden`)
};

const en_demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All entries are made up`)
};

const tr_demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tüm kayıtlar uydurmadır`)
};

const ar_demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كل البيانات مُختلَقة`)
};

const ru_demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Все записи выдуманы`)
};

const uk_demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Усі записи вигадані`)
};

/**
* | output |
* | --- |
* | "All entries are made up" |
*
* @param {Demo_Badge_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const demo_badge_title = /** @type {((inputs?: Demo_Badge_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Demo_Badge_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_demo_badge_title(inputs)
	if (locale === "tr") return tr_demo_badge_title(inputs)
	if (locale === "ar") return ar_demo_badge_title(inputs)
	if (locale === "ru") return ru_demo_badge_title(inputs)
	if (locale === "uk") return uk_demo_badge_title(inputs)
	return de_demo_badge_title(inputs)
});