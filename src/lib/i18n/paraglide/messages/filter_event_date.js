/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_Event_DateInputs */

const de_filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termine`)
};

const en_filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Events`)
};

const tr_filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etkinlikler`)
};

const ar_filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الفعاليات`)
};

const ru_filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мероприятия`)
};

const uk_filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Події`)
};

/**
* | output |
* | --- |
* | "Events" |
*
* @param {Filter_Event_DateInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_event_date = /** @type {((inputs?: Filter_Event_DateInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Event_DateInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_filter_event_date(inputs)
	if (locale === "tr") return tr_filter_event_date(inputs)
	if (locale === "ar") return ar_filter_event_date(inputs)
	if (locale === "ru") return ru_filter_event_date(inputs)
	if (locale === "uk") return uk_filter_event_date(inputs)
	return de_filter_event_date(inputs)
});