/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ email: NonNullable<unknown> }} Area_Nav_AccountInputs */

const de_area_nav_account = /** @type {(inputs: Area_Nav_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Konto (${i?.email})`)
};

const en_area_nav_account = /** @type {(inputs: Area_Nav_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Account (${i?.email})`)
};

const tr_area_nav_account = /** @type {(inputs: Area_Nav_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hesap (${i?.email})`)
};

const ar_area_nav_account = /** @type {(inputs: Area_Nav_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`الحساب (${i?.email})`)
};

const ru_area_nav_account = /** @type {(inputs: Area_Nav_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Аккаунт (${i?.email})`)
};

const uk_area_nav_account = /** @type {(inputs: Area_Nav_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Обліковий запис (${i?.email})`)
};

/**
* | output |
* | --- |
* | "Account ({email})" |
*
* @param {Area_Nav_AccountInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const area_nav_account = /** @type {((inputs: Area_Nav_AccountInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Nav_AccountInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_area_nav_account(inputs)
	if (locale === "tr") return tr_area_nav_account(inputs)
	if (locale === "ar") return ar_area_nav_account(inputs)
	if (locale === "ru") return ru_area_nav_account(inputs)
	if (locale === "uk") return uk_area_nav_account(inputs)
	return de_area_nav_account(inputs)
});