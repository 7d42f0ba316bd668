/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ km: NonNullable<unknown>, stop: NonNullable<unknown> }} Reach_Band_Reach_ViaInputs */

const de_reach_band_reach_via = /** @type {(inputs: Reach_Band_Reach_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Bereich reicht etwa ${i?.km} km weit, z. B. bis ${i?.stop}.`)
};

const en_reach_band_reach_via = /** @type {(inputs: Reach_Band_Reach_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The area reaches about ${i?.km} km, e.g. to ${i?.stop}.`)
};

const tr_reach_band_reach_via = /** @type {(inputs: Reach_Band_Reach_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alan yaklaşık ${i?.km} km uzanıyor, örn. ${i?.stop} durağına kadar.`)
};

const ar_reach_band_reach_via = /** @type {(inputs: Reach_Band_Reach_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تمتد المنطقة نحو ${i?.km} كم، مثلاً حتى ${i?.stop}.`)
};

const ru_reach_band_reach_via = /** @type {(inputs: Reach_Band_Reach_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Зона простирается примерно на ${i?.km} км, напр. до ${i?.stop}.`)
};

const uk_reach_band_reach_via = /** @type {(inputs: Reach_Band_Reach_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Зона сягає приблизно ${i?.km} км, напр. до ${i?.stop}.`)
};

/**
* | output |
* | --- |
* | "The area reaches about {km} km, e.g. to {stop}." |
*
* @param {Reach_Band_Reach_ViaInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_band_reach_via = /** @type {((inputs: Reach_Band_Reach_ViaInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Band_Reach_ViaInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_band_reach_via(inputs)
	if (locale === "tr") return tr_reach_band_reach_via(inputs)
	if (locale === "ar") return ar_reach_band_reach_via(inputs)
	if (locale === "ru") return ru_reach_band_reach_via(inputs)
	if (locale === "uk") return uk_reach_band_reach_via(inputs)
	return de_reach_band_reach_via(inputs)
});