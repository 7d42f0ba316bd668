/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ roles: NonNullable<unknown> }} Account_RolesInputs */

const de_account_roles = /** @type {(inputs: Account_RolesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rollen: ${i?.roles}`)
};

const en_account_roles = /** @type {(inputs: Account_RolesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Roles: ${i?.roles}`)
};

const tr_account_roles = /** @type {(inputs: Account_RolesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Roller: ${i?.roles}`)
};

const ar_account_roles = /** @type {(inputs: Account_RolesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`الأدوار: ${i?.roles}`)
};

const ru_account_roles = /** @type {(inputs: Account_RolesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Роли: ${i?.roles}`)
};

const uk_account_roles = /** @type {(inputs: Account_RolesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ролі: ${i?.roles}`)
};

/**
* | output |
* | --- |
* | "Roles: {roles}" |
*
* @param {Account_RolesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const account_roles = /** @type {((inputs: Account_RolesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_RolesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_account_roles(inputs)
	if (locale === "tr") return tr_account_roles(inputs)
	if (locale === "ar") return ar_account_roles(inputs)
	if (locale === "ru") return ru_account_roles(inputs)
	if (locale === "uk") return uk_account_roles(inputs)
	return de_account_roles(inputs)
});