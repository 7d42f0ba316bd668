/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Account_HeadingInputs */

const de_account_heading = /** @type {(inputs: Account_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Konto`)
};

const en_account_heading = /** @type {(inputs: Account_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account`)
};

const tr_account_heading = /** @type {(inputs: Account_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hesabınız`)
};

const ar_account_heading = /** @type {(inputs: Account_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حسابك`)
};

const ru_account_heading = /** @type {(inputs: Account_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваш аккаунт`)
};

const uk_account_heading = /** @type {(inputs: Account_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваш акаунт`)
};

/**
* | output |
* | --- |
* | "Your account" |
*
* @param {Account_HeadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const account_heading = /** @type {((inputs?: Account_HeadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_HeadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_account_heading(inputs)
	if (locale === "tr") return tr_account_heading(inputs)
	if (locale === "ar") return ar_account_heading(inputs)
	if (locale === "ru") return ru_account_heading(inputs)
	if (locale === "uk") return uk_account_heading(inputs)
	return de_account_heading(inputs)
});