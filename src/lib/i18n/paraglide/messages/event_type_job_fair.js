/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Type_Job_FairInputs */

const de_event_type_job_fair = /** @type {(inputs: Event_Type_Job_FairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jobmesse`)
};

const en_event_type_job_fair = /** @type {(inputs: Event_Type_Job_FairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Job fair`)
};

const tr_event_type_job_fair = /** @type {(inputs: Event_Type_Job_FairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İş fuarı`)
};

const ar_event_type_job_fair = /** @type {(inputs: Event_Type_Job_FairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`معرض وظائف`)
};

const ru_event_type_job_fair = /** @type {(inputs: Event_Type_Job_FairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ярмарка вакансий`)
};

const uk_event_type_job_fair = /** @type {(inputs: Event_Type_Job_FairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ярмарок вакансій`)
};

/**
* | output |
* | --- |
* | "Job fair" |
*
* @param {Event_Type_Job_FairInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_type_job_fair = /** @type {((inputs?: Event_Type_Job_FairInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Type_Job_FairInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_event_type_job_fair(inputs)
	if (locale === "tr") return tr_event_type_job_fair(inputs)
	if (locale === "ar") return ar_event_type_job_fair(inputs)
	if (locale === "ru") return ru_event_type_job_fair(inputs)
	if (locale === "uk") return uk_event_type_job_fair(inputs)
	return de_event_type_job_fair(inputs)
});