/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Role_BusinessInputs */

const de_role_business = /** @type {(inputs: Role_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betrieb`)
};

const en_role_business = /** @type {(inputs: Role_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Business`)
};

const tr_role_business = /** @type {(inputs: Role_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İşletme`)
};

const ar_role_business = /** @type {(inputs: Role_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`منشأة`)
};

const ru_role_business = /** @type {(inputs: Role_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Предприятие`)
};

const uk_role_business = /** @type {(inputs: Role_BusinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підприємство`)
};

/**
* | output |
* | --- |
* | "Business" |
*
* @param {Role_BusinessInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const role_business = /** @type {((inputs?: Role_BusinessInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_BusinessInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_role_business(inputs)
	if (locale === "tr") return tr_role_business(inputs)
	if (locale === "ar") return ar_role_business(inputs)
	if (locale === "ru") return ru_role_business(inputs)
	if (locale === "uk") return uk_role_business(inputs)
	return de_role_business(inputs)
});