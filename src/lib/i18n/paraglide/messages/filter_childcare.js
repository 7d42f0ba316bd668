/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_ChildcareInputs */

const de_filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeiten passend zur Kinderbetreuung`)
};

const en_filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working hours that fit childcare`)
};

const tr_filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çocuk bakımına uygun çalışma saatleri`)
};

const ar_filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ساعات عمل تناسب رعاية الأطفال`)
};

const ru_filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Рабочее время подходит для ухода за детьми`)
};

const uk_filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час підходить для догляду за дітьми`)
};

/**
* | output |
* | --- |
* | "Working hours that fit childcare" |
*
* @param {Filter_ChildcareInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_childcare = /** @type {((inputs?: Filter_ChildcareInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_ChildcareInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_childcare(inputs)
	if (locale === "tr") return tr_filter_childcare(inputs)
	if (locale === "ar") return ar_filter_childcare(inputs)
	if (locale === "ru") return ru_filter_childcare(inputs)
	if (locale === "uk") return uk_filter_childcare(inputs)
	return de_filter_childcare(inputs)
});