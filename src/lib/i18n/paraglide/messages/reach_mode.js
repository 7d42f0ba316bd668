/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_ModeInputs */

const de_reach_mode = /** @type {(inputs: Reach_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wie sind Sie unterwegs?`)
};

const en_reach_mode = /** @type {(inputs: Reach_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How do you travel?`)
};

const tr_reach_mode = /** @type {(inputs: Reach_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nasıl gidiyorsunuz?`)
};

const ar_reach_mode = /** @type {(inputs: Reach_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كيف تتنقل؟`)
};

const ru_reach_mode = /** @type {(inputs: Reach_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Как вы передвигаетесь?`)
};

const uk_reach_mode = /** @type {(inputs: Reach_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Як ви пересуваєтеся?`)
};

/**
* | output |
* | --- |
* | "How do you travel?" |
*
* @param {Reach_ModeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_mode = /** @type {((inputs?: Reach_ModeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_ModeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_mode(inputs)
	if (locale === "tr") return tr_reach_mode(inputs)
	if (locale === "ar") return ar_reach_mode(inputs)
	if (locale === "ru") return ru_reach_mode(inputs)
	if (locale === "uk") return uk_reach_mode(inputs)
	return de_reach_mode(inputs)
});