/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mod_RejectInputs */

const de_mod_reject = /** @type {(inputs: Mod_RejectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ablehnen`)
};

const en_mod_reject = /** @type {(inputs: Mod_RejectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reject`)
};

const tr_mod_reject = /** @type {(inputs: Mod_RejectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reddet`)
};

const ar_mod_reject = /** @type {(inputs: Mod_RejectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`رفض`)
};

const ru_mod_reject = /** @type {(inputs: Mod_RejectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отклонить`)
};

const uk_mod_reject = /** @type {(inputs: Mod_RejectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відхилити`)
};

/**
* | output |
* | --- |
* | "Reject" |
*
* @param {Mod_RejectInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const mod_reject = /** @type {((inputs?: Mod_RejectInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mod_RejectInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_mod_reject(inputs)
	if (locale === "tr") return tr_mod_reject(inputs)
	if (locale === "ar") return ar_mod_reject(inputs)
	if (locale === "ru") return ru_mod_reject(inputs)
	if (locale === "uk") return uk_mod_reject(inputs)
	return de_mod_reject(inputs)
});