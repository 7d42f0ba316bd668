/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Link_BackInputs */

const de_auth_link_back = /** @type {(inputs: Auth_Link_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Anmeldung`)
};

const en_auth_link_back = /** @type {(inputs: Auth_Link_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to sign-in`)
};

const tr_auth_link_back = /** @type {(inputs: Auth_Link_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giriş sayfasına git`)
};

const ar_auth_link_back = /** @type {(inputs: Auth_Link_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى صفحة الدخول`)
};

const ru_auth_link_back = /** @type {(inputs: Auth_Link_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ко входу`)
};

const uk_auth_link_back = /** @type {(inputs: Auth_Link_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`До входу`)
};

/**
* | output |
* | --- |
* | "Go to sign-in" |
*
* @param {Auth_Link_BackInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_link_back = /** @type {((inputs?: Auth_Link_BackInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Link_BackInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_link_back(inputs)
	if (locale === "tr") return tr_auth_link_back(inputs)
	if (locale === "ar") return ar_auth_link_back(inputs)
	if (locale === "ru") return ru_auth_link_back(inputs)
	if (locale === "uk") return uk_auth_link_back(inputs)
	return de_auth_link_back(inputs)
});