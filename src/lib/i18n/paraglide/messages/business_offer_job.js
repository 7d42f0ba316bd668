/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Offer_JobInputs */

const de_business_offer_job = /** @type {(inputs: Business_Offer_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stelle anbieten`)
};

const en_business_offer_job = /** @type {(inputs: Business_Offer_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offer a job`)
};

const tr_business_offer_job = /** @type {(inputs: Business_Offer_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İş ilanı ver`)
};

const ar_business_offer_job = /** @type {(inputs: Business_Offer_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عرض وظيفة`)
};

const ru_business_offer_job = /** @type {(inputs: Business_Offer_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Предложить вакансию`)
};

const uk_business_offer_job = /** @type {(inputs: Business_Offer_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запропонувати вакансію`)
};

/**
* | output |
* | --- |
* | "Offer a job" |
*
* @param {Business_Offer_JobInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_offer_job = /** @type {((inputs?: Business_Offer_JobInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Offer_JobInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_offer_job(inputs)
	if (locale === "tr") return tr_business_offer_job(inputs)
	if (locale === "ar") return ar_business_offer_job(inputs)
	if (locale === "ru") return ru_business_offer_job(inputs)
	if (locale === "uk") return uk_business_offer_job(inputs)
	return de_business_offer_job(inputs)
});