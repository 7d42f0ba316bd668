/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Place_ApproxInputs */

const de_reach_place_approx = /** @type {(inputs: Reach_Place_ApproxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ungefähr: Demo-Fahrplan, keine echten Fahrzeiten.`)
};

const en_reach_place_approx = /** @type {(inputs: Reach_Place_ApproxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Approximate: demo timetable, not real travel times.`)
};

const tr_reach_place_approx = /** @type {(inputs: Reach_Place_ApproxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yaklaşık: demo tarife, gerçek süreler değil.`)
};

const ar_reach_place_approx = /** @type {(inputs: Reach_Place_ApproxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تقريبي: جدول تجريبي، ليست مدد حقيقية.`)
};

const ru_reach_place_approx = /** @type {(inputs: Reach_Place_ApproxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Примерно: демо-расписание, не настоящее время.`)
};

const uk_reach_place_approx = /** @type {(inputs: Reach_Place_ApproxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Приблизно: демо-розклад, не справжній час.`)
};

/**
* | output |
* | --- |
* | "Approximate: demo timetable, not real travel times." |
*
* @param {Reach_Place_ApproxInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_place_approx = /** @type {((inputs?: Reach_Place_ApproxInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Place_ApproxInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_place_approx(inputs)
	if (locale === "tr") return tr_reach_place_approx(inputs)
	if (locale === "ar") return ar_reach_place_approx(inputs)
	if (locale === "ru") return ru_reach_place_approx(inputs)
	if (locale === "uk") return uk_reach_place_approx(inputs)
	return de_reach_place_approx(inputs)
});