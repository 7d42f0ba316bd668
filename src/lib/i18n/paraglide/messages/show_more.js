/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Show_MoreInputs */

const de_show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mehr zeigen`)
};

const en_show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show more`)
};

const tr_show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daha fazla göster`)
};

const ar_show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عرض المزيد`)
};

const ru_show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показать ещё`)
};

const uk_show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показати більше`)
};

/**
* | output |
* | --- |
* | "Show more" |
*
* @param {Show_MoreInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const show_more = /** @type {((inputs?: Show_MoreInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Show_MoreInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_show_more(inputs)
	if (locale === "tr") return tr_show_more(inputs)
	if (locale === "ar") return ar_show_more(inputs)
	if (locale === "ru") return ru_show_more(inputs)
	if (locale === "uk") return uk_show_more(inputs)
	return de_show_more(inputs)
});