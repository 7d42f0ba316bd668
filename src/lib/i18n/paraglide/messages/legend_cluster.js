/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_ClusterInputs */

const de_legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mehrere Orte (antippen zum Vergrößern)`)
};

const en_legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Several places (tap to zoom in)`)
};

const tr_legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Birden fazla yer (yakınlaştırmak için dokunun)`)
};

const ar_legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عدة أماكن (اضغط للتكبير)`)
};

const ru_legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Несколько мест (нажмите, чтобы приблизить)`)
};

const uk_legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кілька місць (натисніть, щоб збільшити)`)
};

/**
* | output |
* | --- |
* | "Several places (tap to zoom in)" |
*
* @param {Legend_ClusterInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_cluster = /** @type {((inputs?: Legend_ClusterInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_ClusterInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_legend_cluster(inputs)
	if (locale === "tr") return tr_legend_cluster(inputs)
	if (locale === "ar") return ar_legend_cluster(inputs)
	if (locale === "ru") return ru_legend_cluster(inputs)
	if (locale === "uk") return uk_legend_cluster(inputs)
	return de_legend_cluster(inputs)
});