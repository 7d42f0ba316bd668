/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Band_NoneInputs */

const de_reach_band_none = /** @type {(inputs: Reach_Band_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von hier ist in 45 Minuten nichts erreichbar.`)
};

const en_reach_band_none = /** @type {(inputs: Reach_Band_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing is reachable from here within 45 minutes.`)
};

const tr_reach_band_none = /** @type {(inputs: Reach_Band_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buradan 45 dakikada hiçbir yere ulaşılamıyor.`)
};

const ar_reach_band_none = /** @type {(inputs: Reach_Band_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يمكن الوصول إلى أي شيء من هنا خلال 45 دقيقة.`)
};

const ru_reach_band_none = /** @type {(inputs: Reach_Band_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отсюда за 45 минут ничего не достижимо.`)
};

const uk_reach_band_none = /** @type {(inputs: Reach_Band_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Звідси за 45 хвилин нічого не досяжно.`)
};

/**
* | output |
* | --- |
* | "Nothing is reachable from here within 45 minutes." |
*
* @param {Reach_Band_NoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_band_none = /** @type {((inputs?: Reach_Band_NoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Band_NoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_band_none(inputs)
	if (locale === "tr") return tr_reach_band_none(inputs)
	if (locale === "ar") return ar_reach_band_none(inputs)
	if (locale === "ru") return ru_reach_band_none(inputs)
	if (locale === "uk") return uk_reach_band_none(inputs)
	return de_reach_band_none(inputs)
});