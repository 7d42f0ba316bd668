/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Not_FoundInputs */

const de_biz_not_found = /** @type {(inputs: Biz_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diesen Eintrag gibt es nicht oder Sie dürfen ihn nicht bearbeiten.`)
};

const en_biz_not_found = /** @type {(inputs: Biz_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This entry does not exist or you may not edit it.`)
};

const tr_biz_not_found = /** @type {(inputs: Biz_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu kayıt yok veya onu düzenleyemezsiniz.`)
};

const ar_biz_not_found = /** @type {(inputs: Biz_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا الإدخال غير موجود أو لا يحق لك تعديله.`)
};

const ru_biz_not_found = /** @type {(inputs: Biz_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такой записи нет или вам нельзя её менять.`)
};

const uk_biz_not_found = /** @type {(inputs: Biz_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такого запису немає або вам не можна його змінювати.`)
};

/**
* | output |
* | --- |
* | "This entry does not exist or you may not edit it." |
*
* @param {Biz_Not_FoundInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_not_found = /** @type {((inputs?: Biz_Not_FoundInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Not_FoundInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_not_found(inputs)
	if (locale === "tr") return tr_biz_not_found(inputs)
	if (locale === "ar") return ar_biz_not_found(inputs)
	if (locale === "ru") return ru_biz_not_found(inputs)
	if (locale === "uk") return uk_biz_not_found(inputs)
	return de_biz_not_found(inputs)
});