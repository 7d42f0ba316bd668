/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Draft_SavedInputs */

const de_biz_draft_saved = /** @type {(inputs: Biz_Draft_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entwurf gespeichert.`)
};

const en_biz_draft_saved = /** @type {(inputs: Biz_Draft_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Draft saved.`)
};

const tr_biz_draft_saved = /** @type {(inputs: Biz_Draft_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Taslak kaydedildi.`)
};

const ar_biz_draft_saved = /** @type {(inputs: Biz_Draft_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم حفظ المسودة.`)
};

const ru_biz_draft_saved = /** @type {(inputs: Biz_Draft_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Черновик сохранён.`)
};

const uk_biz_draft_saved = /** @type {(inputs: Biz_Draft_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чернетку збережено.`)
};

/**
* | output |
* | --- |
* | "Draft saved." |
*
* @param {Biz_Draft_SavedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_draft_saved = /** @type {((inputs?: Biz_Draft_SavedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Draft_SavedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_draft_saved(inputs)
	if (locale === "tr") return tr_biz_draft_saved(inputs)
	if (locale === "ar") return ar_biz_draft_saved(inputs)
	if (locale === "ru") return ru_biz_draft_saved(inputs)
	if (locale === "uk") return uk_biz_draft_saved(inputs)
	return de_biz_draft_saved(inputs)
});