/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Name_No_BracketsInputs */

const de_auth_name_no_brackets = /** @type {(inputs: Auth_Name_No_BracketsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte keine spitzen Klammern verwenden.`)
};

const en_auth_name_no_brackets = /** @type {(inputs: Auth_Name_No_BracketsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please do not use angle brackets.`)
};

const tr_auth_name_no_brackets = /** @type {(inputs: Auth_Name_No_BracketsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen köşeli parantez (< >) kullanmayın.`)
};

const ar_auth_name_no_brackets = /** @type {(inputs: Auth_Name_No_BracketsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى عدم استخدام الأقواس < >.`)
};

const ru_auth_name_no_brackets = /** @type {(inputs: Auth_Name_No_BracketsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не используйте угловые скобки.`)
};

const uk_auth_name_no_brackets = /** @type {(inputs: Auth_Name_No_BracketsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не використовуйте кутові дужки.`)
};

/**
* | output |
* | --- |
* | "Please do not use angle brackets." |
*
* @param {Auth_Name_No_BracketsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_name_no_brackets = /** @type {((inputs?: Auth_Name_No_BracketsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Name_No_BracketsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_name_no_brackets(inputs)
	if (locale === "tr") return tr_auth_name_no_brackets(inputs)
	if (locale === "ar") return ar_auth_name_no_brackets(inputs)
	if (locale === "ru") return ru_auth_name_no_brackets(inputs)
	if (locale === "uk") return uk_auth_name_no_brackets(inputs)
	return de_auth_name_no_brackets(inputs)
});