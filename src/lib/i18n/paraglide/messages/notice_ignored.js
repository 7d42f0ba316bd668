/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ params: NonNullable<unknown> }} Notice_IgnoredInputs */

const de_notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Diese Angaben im Link waren ungültig und wurden ignoriert: ${i?.params}`)
};

const en_notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`These parts of the link were not valid and were ignored: ${i?.params}`)
};

const tr_notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bağlantıdaki bu bilgiler geçersizdi ve dikkate alınmadı: ${i?.params}`)
};

const ar_notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`هذه المعلومات في الرابط غير صالحة وتم تجاهلها: ${i?.params}`)
};

const ru_notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Эти данные в ссылке были неверными и не учтены: ${i?.params}`)
};

const uk_notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ці дані в посиланні були недійсними і не враховані: ${i?.params}`)
};

/**
* | output |
* | --- |
* | "These parts of the link were not valid and were ignored: {params}" |
*
* @param {Notice_IgnoredInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const notice_ignored = /** @type {((inputs: Notice_IgnoredInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_IgnoredInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_notice_ignored(inputs)
	if (locale === "tr") return tr_notice_ignored(inputs)
	if (locale === "ar") return ar_notice_ignored(inputs)
	if (locale === "ru") return ru_notice_ignored(inputs)
	if (locale === "uk") return uk_notice_ignored(inputs)
	return de_notice_ignored(inputs)
});