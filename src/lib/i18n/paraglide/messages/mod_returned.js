/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mod_ReturnedInputs */

const de_mod_returned = /** @type {(inputs: Mod_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurückgegeben: der Betrieb sieht Ihren Kommentar.`)
};

const en_mod_returned = /** @type {(inputs: Mod_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sent back: the business sees your comment.`)
};

const tr_mod_returned = /** @type {(inputs: Mod_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geri gönderildi: işletme yorumunuzu görür.`)
};

const ar_mod_returned = /** @type {(inputs: Mod_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أُعيد: ترى المنشأة تعليقك.`)
};

const ru_mod_returned = /** @type {(inputs: Mod_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Возвращено: предприятие видит ваш комментарий.`)
};

const uk_mod_returned = /** @type {(inputs: Mod_ReturnedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повернуто: підприємство бачить ваш коментар.`)
};

/**
* | output |
* | --- |
* | "Sent back: the business sees your comment." |
*
* @param {Mod_ReturnedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const mod_returned = /** @type {((inputs?: Mod_ReturnedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mod_ReturnedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_mod_returned(inputs)
	if (locale === "tr") return tr_mod_returned(inputs)
	if (locale === "ar") return ar_mod_returned(inputs)
	if (locale === "ru") return ru_mod_returned(inputs)
	if (locale === "uk") return uk_mod_returned(inputs)
	return de_mod_returned(inputs)
});