/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Banner_DemoInputs */

const de_reach_banner_demo = /** @type {(inputs: Reach_Banner_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo-Fahrplan`)
};

const en_reach_banner_demo = /** @type {(inputs: Reach_Banner_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo timetable (Demo-Fahrplan)`)
};

const tr_reach_banner_demo = /** @type {(inputs: Reach_Banner_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo tarife (Demo-Fahrplan)`)
};

const ar_reach_banner_demo = /** @type {(inputs: Reach_Banner_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`جدول مواعيد تجريبي (Demo-Fahrplan)`)
};

const ru_reach_banner_demo = /** @type {(inputs: Reach_Banner_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-расписание (Demo-Fahrplan)`)
};

const uk_reach_banner_demo = /** @type {(inputs: Reach_Banner_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-розклад (Demo-Fahrplan)`)
};

/**
* | output |
* | --- |
* | "Demo timetable (Demo-Fahrplan)" |
*
* @param {Reach_Banner_DemoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_banner_demo = /** @type {((inputs?: Reach_Banner_DemoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Banner_DemoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_banner_demo(inputs)
	if (locale === "tr") return tr_reach_banner_demo(inputs)
	if (locale === "ar") return ar_reach_banner_demo(inputs)
	if (locale === "ru") return ru_reach_banner_demo(inputs)
	if (locale === "uk") return uk_reach_banner_demo(inputs)
	return de_reach_banner_demo(inputs)
});