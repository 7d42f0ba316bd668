/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Business_Entry_For_OrgInputs */

const de_business_entry_for_org = /** @type {(inputs: Business_Entry_For_OrgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`für ${i?.name}`)
};

const en_business_entry_for_org = /** @type {(inputs: Business_Entry_For_OrgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`for ${i?.name}`)
};

const tr_business_entry_for_org = /** @type {(inputs: Business_Entry_For_OrgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} için`)
};

const ar_business_entry_for_org = /** @type {(inputs: Business_Entry_For_OrgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`لـ ${i?.name}`)
};

const ru_business_entry_for_org = /** @type {(inputs: Business_Entry_For_OrgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`для «${i?.name}»`)
};

const uk_business_entry_for_org = /** @type {(inputs: Business_Entry_For_OrgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`для «${i?.name}»`)
};

/**
* | output |
* | --- |
* | "for {name}" |
*
* @param {Business_Entry_For_OrgInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_for_org = /** @type {((inputs: Business_Entry_For_OrgInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_For_OrgInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_for_org(inputs)
	if (locale === "tr") return tr_business_entry_for_org(inputs)
	if (locale === "ar") return ar_business_entry_for_org(inputs)
	if (locale === "ru") return ru_business_entry_for_org(inputs)
	if (locale === "uk") return uk_business_entry_for_org(inputs)
	return de_business_entry_for_org(inputs)
});