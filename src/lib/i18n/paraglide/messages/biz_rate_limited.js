/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ minutes: NonNullable<unknown> }} Biz_Rate_LimitedInputs */

const de_biz_rate_limited = /** @type {(inputs: Biz_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zu viele Einsendungen. Bitte warten Sie ${i?.minutes} Minute(n).`)
};

const en_biz_rate_limited = /** @type {(inputs: Biz_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Too many submissions. Please wait ${i?.minutes} minute(s).`)
};

const tr_biz_rate_limited = /** @type {(inputs: Biz_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Çok fazla gönderim. Lütfen ${i?.minutes} dakika bekleyin.`)
};

const ar_biz_rate_limited = /** @type {(inputs: Biz_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`إرسالات كثيرة. يرجى الانتظار ${i?.minutes} دقيقة.`)
};

const ru_biz_rate_limited = /** @type {(inputs: Biz_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Слишком много отправок. Подождите ${i?.minutes} мин.`)
};

const uk_biz_rate_limited = /** @type {(inputs: Biz_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Забагато надсилань. Зачекайте ${i?.minutes} хв.`)
};

/**
* | output |
* | --- |
* | "Too many submissions. Please wait {minutes} minute(s)." |
*
* @param {Biz_Rate_LimitedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_rate_limited = /** @type {((inputs: Biz_Rate_LimitedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Rate_LimitedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_rate_limited(inputs)
	if (locale === "tr") return tr_biz_rate_limited(inputs)
	if (locale === "ar") return ar_biz_rate_limited(inputs)
	if (locale === "ru") return ru_biz_rate_limited(inputs)
	if (locale === "uk") return uk_biz_rate_limited(inputs)
	return de_biz_rate_limited(inputs)
});