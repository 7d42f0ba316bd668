/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_RenewInputs */

const de_business_entry_renew = /** @type {(inputs: Business_Entry_RenewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Um 60 Tage verlängern`)
};

const en_business_entry_renew = /** @type {(inputs: Business_Entry_RenewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Extend by 60 days`)
};

const tr_business_entry_renew = /** @type {(inputs: Business_Entry_RenewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`60 gün uzat`)
};

const ar_business_entry_renew = /** @type {(inputs: Business_Entry_RenewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تمديد 60 يومًا`)
};

const ru_business_entry_renew = /** @type {(inputs: Business_Entry_RenewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Продлить на 60 дней`)
};

const uk_business_entry_renew = /** @type {(inputs: Business_Entry_RenewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Продовжити на 60 днів`)
};

/**
* | output |
* | --- |
* | "Extend by 60 days" |
*
* @param {Business_Entry_RenewInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_renew = /** @type {((inputs?: Business_Entry_RenewInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_RenewInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_renew(inputs)
	if (locale === "tr") return tr_business_entry_renew(inputs)
	if (locale === "ar") return ar_business_entry_renew(inputs)
	if (locale === "ru") return ru_business_entry_renew(inputs)
	if (locale === "uk") return uk_business_entry_renew(inputs)
	return de_business_entry_renew(inputs)
});