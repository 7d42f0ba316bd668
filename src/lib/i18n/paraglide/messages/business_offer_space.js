/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Offer_SpaceInputs */

const de_business_offer_space = /** @type {(inputs: Business_Offer_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raum / Schaufenster`)
};

const en_business_offer_space = /** @type {(inputs: Business_Offer_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Room / shop window`)
};

const tr_business_offer_space = /** @type {(inputs: Business_Offer_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mekân / vitrin`)
};

const ar_business_offer_space = /** @type {(inputs: Business_Offer_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مكان / واجهة عرض`)
};

const ru_business_offer_space = /** @type {(inputs: Business_Offer_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Помещение / витрина`)
};

const uk_business_offer_space = /** @type {(inputs: Business_Offer_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Приміщення / вітрина`)
};

/**
* | output |
* | --- |
* | "Room / shop window" |
*
* @param {Business_Offer_SpaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_offer_space = /** @type {((inputs?: Business_Offer_SpaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Offer_SpaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_offer_space(inputs)
	if (locale === "tr") return tr_business_offer_space(inputs)
	if (locale === "ar") return ar_business_offer_space(inputs)
	if (locale === "ru") return ru_business_offer_space(inputs)
	if (locale === "uk") return uk_business_offer_space(inputs)
	return de_business_offer_space(inputs)
});