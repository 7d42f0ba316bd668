/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wt_Mini_JobInputs */

const de_wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Minijob`)
};

const en_wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mini-job`)
};

const tr_wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mini iş`)
};

const ar_wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عمل صغير (ميني جوب)`)
};

const ru_wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мини-джоб`)
};

const uk_wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Міні-джоб`)
};

/**
* | output |
* | --- |
* | "Mini-job" |
*
* @param {Wt_Mini_JobInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wt_mini_job = /** @type {((inputs?: Wt_Mini_JobInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wt_Mini_JobInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_wt_mini_job(inputs)
	if (locale === "tr") return tr_wt_mini_job(inputs)
	if (locale === "ar") return ar_wt_mini_job(inputs)
	if (locale === "ru") return ru_wt_mini_job(inputs)
	if (locale === "uk") return uk_wt_mini_job(inputs)
	return de_wt_mini_job(inputs)
});