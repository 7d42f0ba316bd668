/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Banner_Not_RealInputs */

const de_reach_banner_not_real = /** @type {(inputs: Reach_Banner_Not_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine echten Fahrzeiten.`)
};

const en_reach_banner_not_real = /** @type {(inputs: Reach_Banner_Not_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not real travel times.`)
};

const tr_reach_banner_not_real = /** @type {(inputs: Reach_Banner_Not_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gerçek yolculuk süreleri değil.`)
};

const ar_reach_banner_not_real = /** @type {(inputs: Reach_Banner_Not_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ليست مدد رحلات حقيقية.`)
};

const ru_reach_banner_not_real = /** @type {(inputs: Reach_Banner_Not_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Это не настоящее время в пути.`)
};

const uk_reach_banner_not_real = /** @type {(inputs: Reach_Banner_Not_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Це не справжній час у дорозі.`)
};

/**
* | output |
* | --- |
* | "Not real travel times." |
*
* @param {Reach_Banner_Not_RealInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_banner_not_real = /** @type {((inputs?: Reach_Banner_Not_RealInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Banner_Not_RealInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_banner_not_real(inputs)
	if (locale === "tr") return tr_reach_banner_not_real(inputs)
	if (locale === "ar") return ar_reach_banner_not_real(inputs)
	if (locale === "ru") return ru_reach_banner_not_real(inputs)
	if (locale === "uk") return uk_reach_banner_not_real(inputs)
	return de_reach_banner_not_real(inputs)
});