/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_ExpiredInputs */

const de_status_expired = /** @type {(inputs: Status_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgelaufen`)
};

const en_status_expired = /** @type {(inputs: Status_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expired`)
};

const tr_status_expired = /** @type {(inputs: Status_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Süresi doldu`)
};

const ar_status_expired = /** @type {(inputs: Status_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`منتهي`)
};

const ru_status_expired = /** @type {(inputs: Status_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Истекло`)
};

const uk_status_expired = /** @type {(inputs: Status_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Закінчився`)
};

/**
* | output |
* | --- |
* | "Expired" |
*
* @param {Status_ExpiredInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const status_expired = /** @type {((inputs?: Status_ExpiredInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_ExpiredInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_status_expired(inputs)
	if (locale === "tr") return tr_status_expired(inputs)
	if (locale === "ar") return ar_status_expired(inputs)
	if (locale === "ru") return ru_status_expired(inputs)
	if (locale === "uk") return uk_status_expired(inputs)
	return de_status_expired(inputs)
});