/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ mode: NonNullable<unknown> }} Reach_Place_HowInputs */

const de_reach_place_how = /** @type {(inputs: Reach_Place_HowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.mode}, zuletzt auf diesem Gerät berechnet`)
};

const en_reach_place_how = /** @type {(inputs: Reach_Place_HowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.mode}, last calculated on this device`)
};

const tr_reach_place_how = /** @type {(inputs: Reach_Place_HowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.mode}, en son bu cihazda hesaplandı`)
};

const ar_reach_place_how = /** @type {(inputs: Reach_Place_HowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.mode}، آخر حساب على هذا الجهاز`)
};

const ru_reach_place_how = /** @type {(inputs: Reach_Place_HowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.mode}, последний расчёт на этом устройстве`)
};

const uk_reach_place_how = /** @type {(inputs: Reach_Place_HowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.mode}, останній розрахунок на цьому пристрої`)
};

/**
* | output |
* | --- |
* | "{mode}, last calculated on this device" |
*
* @param {Reach_Place_HowInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_place_how = /** @type {((inputs: Reach_Place_HowInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Place_HowInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_place_how(inputs)
	if (locale === "tr") return tr_reach_place_how(inputs)
	if (locale === "ar") return ar_reach_place_how(inputs)
	if (locale === "ru") return ru_reach_place_how(inputs)
	if (locale === "uk") return uk_reach_place_how(inputs)
	return de_reach_place_how(inputs)
});