/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_WithdrawInputs */

const de_business_entry_withdraw = /** @type {(inputs: Business_Entry_WithdrawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurückziehen`)
};

const en_business_entry_withdraw = /** @type {(inputs: Business_Entry_WithdrawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Withdraw`)
};

const tr_business_entry_withdraw = /** @type {(inputs: Business_Entry_WithdrawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geri çek`)
};

const ar_business_entry_withdraw = /** @type {(inputs: Business_Entry_WithdrawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`سحب`)
};

const ru_business_entry_withdraw = /** @type {(inputs: Business_Entry_WithdrawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отозвать`)
};

const uk_business_entry_withdraw = /** @type {(inputs: Business_Entry_WithdrawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відкликати`)
};

/**
* | output |
* | --- |
* | "Withdraw" |
*
* @param {Business_Entry_WithdrawInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_withdraw = /** @type {((inputs?: Business_Entry_WithdrawInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_WithdrawInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_withdraw(inputs)
	if (locale === "tr") return tr_business_entry_withdraw(inputs)
	if (locale === "ar") return ar_business_entry_withdraw(inputs)
	if (locale === "ru") return ru_business_entry_withdraw(inputs)
	if (locale === "uk") return uk_business_entry_withdraw(inputs)
	return de_business_entry_withdraw(inputs)
});