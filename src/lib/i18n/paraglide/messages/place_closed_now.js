/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Closed_NowInputs */

const de_place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt geschlossen`)
};

const en_place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Closed now`)
};

const tr_place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Şu an kapalı`)
};

const ar_place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مغلق الآن`)
};

const ru_place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сейчас закрыто`)
};

const uk_place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зараз зачинено`)
};

/**
* | output |
* | --- |
* | "Closed now" |
*
* @param {Place_Closed_NowInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_closed_now = /** @type {((inputs?: Place_Closed_NowInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Closed_NowInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_closed_now(inputs)
	if (locale === "tr") return tr_place_closed_now(inputs)
	if (locale === "ar") return ar_place_closed_now(inputs)
	if (locale === "ru") return ru_place_closed_now(inputs)
	if (locale === "uk") return uk_place_closed_now(inputs)
	return de_place_closed_now(inputs)
});