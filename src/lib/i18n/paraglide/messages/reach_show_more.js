/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Show_MoreInputs */

const de_reach_show_more = /** @type {(inputs: Reach_Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mehr zeigen`)
};

const en_reach_show_more = /** @type {(inputs: Reach_Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show more`)
};

const tr_reach_show_more = /** @type {(inputs: Reach_Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daha fazla göster`)
};

const ar_reach_show_more = /** @type {(inputs: Reach_Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عرض المزيد`)
};

const ru_reach_show_more = /** @type {(inputs: Reach_Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показать ещё`)
};

const uk_reach_show_more = /** @type {(inputs: Reach_Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показати більше`)
};

/**
* | output |
* | --- |
* | "Show more" |
*
* @param {Reach_Show_MoreInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_show_more = /** @type {((inputs?: Reach_Show_MoreInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Show_MoreInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_show_more(inputs)
	if (locale === "tr") return tr_reach_show_more(inputs)
	if (locale === "ar") return ar_reach_show_more(inputs)
	if (locale === "ru") return ru_reach_show_more(inputs)
	if (locale === "uk") return uk_reach_show_more(inputs)
	return de_reach_show_more(inputs)
});