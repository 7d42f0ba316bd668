/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ minutes: NonNullable<unknown> }} Auth_Rate_LimitedInputs */

const de_auth_rate_limited = /** @type {(inputs: Auth_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zu viele Versuche. Bitte warten Sie ${i?.minutes} Minute(n).`)
};

const en_auth_rate_limited = /** @type {(inputs: Auth_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Too many tries. Please wait ${i?.minutes} minute(s).`)
};

const tr_auth_rate_limited = /** @type {(inputs: Auth_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Çok fazla deneme. Lütfen ${i?.minutes} dakika bekleyin.`)
};

const ar_auth_rate_limited = /** @type {(inputs: Auth_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`محاولات كثيرة. يرجى الانتظار ${i?.minutes} دقيقة.`)
};

const ru_auth_rate_limited = /** @type {(inputs: Auth_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Слишком много попыток. Подождите ${i?.minutes} мин.`)
};

const uk_auth_rate_limited = /** @type {(inputs: Auth_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Забагато спроб. Зачекайте ${i?.minutes} хв.`)
};

/**
* | output |
* | --- |
* | "Too many tries. Please wait {minutes} minute(s)." |
*
* @param {Auth_Rate_LimitedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_rate_limited = /** @type {((inputs: Auth_Rate_LimitedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Rate_LimitedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_rate_limited(inputs)
	if (locale === "tr") return tr_auth_rate_limited(inputs)
	if (locale === "ar") return ar_auth_rate_limited(inputs)
	if (locale === "ru") return ru_auth_rate_limited(inputs)
	if (locale === "uk") return uk_auth_rate_limited(inputs)
	return de_auth_rate_limited(inputs)
});