/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_ChildcareInputs */

const de_place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeiten passen zur Kinderbetreuung`)
};

const en_place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working hours fit childcare`)
};

const tr_place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çalışma saatleri çocuk bakımına uygun`)
};

const ar_place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ساعات العمل تناسب رعاية الأطفال`)
};

const ru_place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Рабочее время подходит для ухода за детьми`)
};

const uk_place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час підходить для догляду за дітьми`)
};

/**
* | output |
* | --- |
* | "Working hours fit childcare" |
*
* @param {Place_ChildcareInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_childcare = /** @type {((inputs?: Place_ChildcareInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_ChildcareInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_childcare(inputs)
	if (locale === "tr") return tr_place_childcare(inputs)
	if (locale === "ar") return ar_place_childcare(inputs)
	if (locale === "ru") return ru_place_childcare(inputs)
	if (locale === "uk") return uk_place_childcare(inputs)
	return de_place_childcare(inputs)
});