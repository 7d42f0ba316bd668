/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Banner_Demo_TextInputs */

const de_reach_banner_demo_text = /** @type {(inputs: Reach_Banner_Demo_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erfundene Linien und Takte auf echten Haltestellen.`)
};

const en_reach_banner_demo_text = /** @type {(inputs: Reach_Banner_Demo_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invented lines and frequencies at real stops.`)
};

const tr_reach_banner_demo_text = /** @type {(inputs: Reach_Banner_Demo_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gerçek duraklarda uydurma hatlar ve sıklıklar.`)
};

const ar_reach_banner_demo_text = /** @type {(inputs: Reach_Banner_Demo_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خطوط ومواعيد مُختلَقة على محطات حقيقية.`)
};

const ru_reach_banner_demo_text = /** @type {(inputs: Reach_Banner_Demo_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вымышленные линии и интервалы на настоящих остановках.`)
};

const uk_reach_banner_demo_text = /** @type {(inputs: Reach_Banner_Demo_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вигадані лінії та інтервали на справжніх зупинках.`)
};

/**
* | output |
* | --- |
* | "Invented lines and frequencies at real stops." |
*
* @param {Reach_Banner_Demo_TextInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_banner_demo_text = /** @type {((inputs?: Reach_Banner_Demo_TextInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Banner_Demo_TextInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_banner_demo_text(inputs)
	if (locale === "tr") return tr_reach_banner_demo_text(inputs)
	if (locale === "ar") return ar_reach_banner_demo_text(inputs)
	if (locale === "ru") return ru_reach_banner_demo_text(inputs)
	if (locale === "uk") return uk_reach_banner_demo_text(inputs)
	return de_reach_banner_demo_text(inputs)
});