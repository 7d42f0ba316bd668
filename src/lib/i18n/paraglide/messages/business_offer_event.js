/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Offer_EventInputs */

const de_business_offer_event = /** @type {(inputs: Business_Offer_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besichtigung / Termin`)
};

const en_business_offer_event = /** @type {(inputs: Business_Offer_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Company visit / event`)
};

const tr_business_offer_event = /** @type {(inputs: Business_Offer_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşyeri ziyareti / etkinlik`)
};

const ar_business_offer_event = /** @type {(inputs: Business_Offer_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`زيارة / موعد`)
};

const ru_business_offer_event = /** @type {(inputs: Business_Offer_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Посещение / мероприятие`)
};

const uk_business_offer_event = /** @type {(inputs: Business_Offer_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відвідування / захід`)
};

/**
* | output |
* | --- |
* | "Company visit / event" |
*
* @param {Business_Offer_EventInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_offer_event = /** @type {((inputs?: Business_Offer_EventInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Offer_EventInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_offer_event(inputs)
	if (locale === "tr") return tr_business_offer_event(inputs)
	if (locale === "ar") return ar_business_offer_event(inputs)
	if (locale === "ru") return ru_business_offer_event(inputs)
	if (locale === "uk") return uk_business_offer_event(inputs)
	return de_business_offer_event(inputs)
});