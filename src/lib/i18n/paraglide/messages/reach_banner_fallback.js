/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Banner_FallbackInputs */

const de_reach_banner_fallback = /** @type {(inputs: Reach_Banner_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wege als Luftlinie × 1,3 gerechnet (kein Straßennetz).`)
};

const en_reach_banner_fallback = /** @type {(inputs: Reach_Banner_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paths counted as straight line × 1.3 (no street network).`)
};

const tr_reach_banner_fallback = /** @type {(inputs: Reach_Banner_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yollar kuş uçuşu × 1,3 olarak hesaplandı (sokak ağı yok).`)
};

const ar_reach_banner_fallback = /** @type {(inputs: Reach_Banner_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المسافات محسوبة كخط مستقيم × 1.3 (بدون شبكة شوارع).`)
};

const ru_reach_banner_fallback = /** @type {(inputs: Reach_Banner_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пути посчитаны по прямой × 1,3 (без сети улиц).`)
};

const uk_reach_banner_fallback = /** @type {(inputs: Reach_Banner_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шляхи пораховано по прямій × 1,3 (без мережі вулиць).`)
};

/**
* | output |
* | --- |
* | "Paths counted as straight line × 1.3 (no street network)." |
*
* @param {Reach_Banner_FallbackInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_banner_fallback = /** @type {((inputs?: Reach_Banner_FallbackInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Banner_FallbackInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_banner_fallback(inputs)
	if (locale === "tr") return tr_reach_banner_fallback(inputs)
	if (locale === "ar") return ar_reach_banner_fallback(inputs)
	if (locale === "ru") return ru_reach_banner_fallback(inputs)
	if (locale === "uk") return uk_reach_banner_fallback(inputs)
	return de_reach_banner_fallback(inputs)
});