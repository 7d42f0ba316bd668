/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Legend_JobInputs */

const de_form_legend_job = /** @type {(inputs: Form_Legend_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Stelle`)
};

const en_form_legend_job = /** @type {(inputs: Form_Legend_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The job`)
};

const tr_form_legend_job = /** @type {(inputs: Form_Legend_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İş`)
};

const ar_form_legend_job = /** @type {(inputs: Form_Legend_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوظيفة`)
};

const ru_form_legend_job = /** @type {(inputs: Form_Legend_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Работа`)
};

const uk_form_legend_job = /** @type {(inputs: Form_Legend_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робота`)
};

/**
* | output |
* | --- |
* | "The job" |
*
* @param {Form_Legend_JobInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_legend_job = /** @type {((inputs?: Form_Legend_JobInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Legend_JobInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_legend_job(inputs)
	if (locale === "tr") return tr_form_legend_job(inputs)
	if (locale === "ar") return ar_form_legend_job(inputs)
	if (locale === "ru") return ru_form_legend_job(inputs)
	if (locale === "uk") return uk_form_legend_job(inputs)
	return de_form_legend_job(inputs)
});