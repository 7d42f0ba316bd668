/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_SavedInputs */

const de_biz_saved = /** @type {(inputs: Biz_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gespeichert.`)
};

const en_biz_saved = /** @type {(inputs: Biz_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved.`)
};

const tr_biz_saved = /** @type {(inputs: Biz_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kaydedildi.`)
};

const ar_biz_saved = /** @type {(inputs: Biz_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم الحفظ.`)
};

const ru_biz_saved = /** @type {(inputs: Biz_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сохранено.`)
};

const uk_biz_saved = /** @type {(inputs: Biz_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Збережено.`)
};

/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Biz_SavedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_saved = /** @type {((inputs?: Biz_SavedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_SavedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_saved(inputs)
	if (locale === "tr") return tr_biz_saved(inputs)
	if (locale === "ar") return ar_biz_saved(inputs)
	if (locale === "ru") return ru_biz_saved(inputs)
	if (locale === "uk") return uk_biz_saved(inputs)
	return de_biz_saved(inputs)
});