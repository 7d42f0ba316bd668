/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ km: NonNullable<unknown> }} Reach_Band_ReachInputs */

const de_reach_band_reach = /** @type {(inputs: Reach_Band_ReachInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Bereich reicht etwa ${i?.km} km weit.`)
};

const en_reach_band_reach = /** @type {(inputs: Reach_Band_ReachInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The area reaches about ${i?.km} km.`)
};

const tr_reach_band_reach = /** @type {(inputs: Reach_Band_ReachInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alan yaklaşık ${i?.km} km uzanıyor.`)
};

const ar_reach_band_reach = /** @type {(inputs: Reach_Band_ReachInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تمتد المنطقة نحو ${i?.km} كم.`)
};

const ru_reach_band_reach = /** @type {(inputs: Reach_Band_ReachInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Зона простирается примерно на ${i?.km} км.`)
};

const uk_reach_band_reach = /** @type {(inputs: Reach_Band_ReachInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Зона сягає приблизно ${i?.km} км.`)
};

/**
* | output |
* | --- |
* | "The area reaches about {km} km." |
*
* @param {Reach_Band_ReachInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_band_reach = /** @type {((inputs: Reach_Band_ReachInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Band_ReachInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_band_reach(inputs)
	if (locale === "tr") return tr_reach_band_reach(inputs)
	if (locale === "ar") return ar_reach_band_reach(inputs)
	if (locale === "ru") return ru_reach_band_reach(inputs)
	if (locale === "uk") return uk_reach_band_reach(inputs)
	return de_reach_band_reach(inputs)
});