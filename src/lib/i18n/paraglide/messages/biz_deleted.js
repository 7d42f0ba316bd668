/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_DeletedInputs */

const de_biz_deleted = /** @type {(inputs: Biz_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entwurf gelöscht.`)
};

const en_biz_deleted = /** @type {(inputs: Biz_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Draft deleted.`)
};

const tr_biz_deleted = /** @type {(inputs: Biz_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Taslak silindi.`)
};

const ar_biz_deleted = /** @type {(inputs: Biz_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم حذف المسودة.`)
};

const ru_biz_deleted = /** @type {(inputs: Biz_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Черновик удалён.`)
};

const uk_biz_deleted = /** @type {(inputs: Biz_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чернетку видалено.`)
};

/**
* | output |
* | --- |
* | "Draft deleted." |
*
* @param {Biz_DeletedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_deleted = /** @type {((inputs?: Biz_DeletedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_DeletedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_deleted(inputs)
	if (locale === "tr") return tr_biz_deleted(inputs)
	if (locale === "ar") return ar_biz_deleted(inputs)
	if (locale === "ru") return ru_biz_deleted(inputs)
	if (locale === "uk") return uk_biz_deleted(inputs)
	return de_biz_deleted(inputs)
});