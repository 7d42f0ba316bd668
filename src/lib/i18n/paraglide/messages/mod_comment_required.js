/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mod_Comment_RequiredInputs */

const de_mod_comment_required = /** @type {(inputs: Mod_Comment_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte schreiben Sie dem Betrieb kurz, was fehlt oder warum.`)
};

const en_mod_comment_required = /** @type {(inputs: Mod_Comment_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please tell the business briefly what is missing or why.`)
};

const tr_mod_comment_required = /** @type {(inputs: Mod_Comment_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen işletmeye kısaca neyin eksik olduğunu veya nedenini yazın.`)
};

const ar_mod_comment_required = /** @type {(inputs: Mod_Comment_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى كتابة ما ينقص أو السبب للمنشأة باختصار.`)
};

const ru_mod_comment_required = /** @type {(inputs: Mod_Comment_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коротко напишите предприятию, чего не хватает или почему.`)
};

const uk_mod_comment_required = /** @type {(inputs: Mod_Comment_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коротко напишіть підприємству, чого бракує або чому.`)
};

/**
* | output |
* | --- |
* | "Please tell the business briefly what is missing or why." |
*
* @param {Mod_Comment_RequiredInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const mod_comment_required = /** @type {((inputs?: Mod_Comment_RequiredInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mod_Comment_RequiredInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_mod_comment_required(inputs)
	if (locale === "tr") return tr_mod_comment_required(inputs)
	if (locale === "ar") return ar_mod_comment_required(inputs)
	if (locale === "ru") return ru_mod_comment_required(inputs)
	if (locale === "uk") return uk_mod_comment_required(inputs)
	return de_mod_comment_required(inputs)
});