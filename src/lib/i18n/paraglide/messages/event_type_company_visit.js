/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Type_Company_VisitInputs */

const de_event_type_company_visit = /** @type {(inputs: Event_Type_Company_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betriebsbesichtigung`)
};

const en_event_type_company_visit = /** @type {(inputs: Event_Type_Company_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Company visit`)
};

const tr_event_type_company_visit = /** @type {(inputs: Event_Type_Company_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşyeri ziyareti`)
};

const ar_event_type_company_visit = /** @type {(inputs: Event_Type_Company_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`زيارة منشأة`)
};

const ru_event_type_company_visit = /** @type {(inputs: Event_Type_Company_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Посещение предприятия`)
};

const uk_event_type_company_visit = /** @type {(inputs: Event_Type_Company_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відвідування підприємства`)
};

/**
* | output |
* | --- |
* | "Company visit" |
*
* @param {Event_Type_Company_VisitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_type_company_visit = /** @type {((inputs?: Event_Type_Company_VisitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Type_Company_VisitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_event_type_company_visit(inputs)
	if (locale === "tr") return tr_event_type_company_visit(inputs)
	if (locale === "ar") return ar_event_type_company_visit(inputs)
	if (locale === "ru") return ru_event_type_company_visit(inputs)
	if (locale === "uk") return uk_event_type_company_visit(inputs)
	return de_event_type_company_visit(inputs)
});