/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mod_RejectedInputs */

const de_mod_rejected = /** @type {(inputs: Mod_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgelehnt: der Betrieb sieht Ihren Kommentar.`)
};

const en_mod_rejected = /** @type {(inputs: Mod_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rejected: the business sees your comment.`)
};

const tr_mod_rejected = /** @type {(inputs: Mod_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reddedildi: işletme yorumunuzu görür.`)
};

const ar_mod_rejected = /** @type {(inputs: Mod_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مرفوض: ترى المنشأة تعليقك.`)
};

const ru_mod_rejected = /** @type {(inputs: Mod_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отклонено: предприятие видит ваш комментарий.`)
};

const uk_mod_rejected = /** @type {(inputs: Mod_RejectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відхилено: підприємство бачить ваш коментар.`)
};

/**
* | output |
* | --- |
* | "Rejected: the business sees your comment." |
*
* @param {Mod_RejectedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const mod_rejected = /** @type {((inputs?: Mod_RejectedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mod_RejectedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_mod_rejected(inputs)
	if (locale === "tr") return tr_mod_rejected(inputs)
	if (locale === "ar") return ar_mod_rejected(inputs)
	if (locale === "ru") return ru_mod_rejected(inputs)
	if (locale === "uk") return uk_mod_rejected(inputs)
	return de_mod_rejected(inputs)
});