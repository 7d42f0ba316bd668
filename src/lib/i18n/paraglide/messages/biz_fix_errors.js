/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Fix_ErrorsInputs */

const de_biz_fix_errors = /** @type {(inputs: Biz_Fix_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte prüfen Sie die markierten Felder. Ihre Eingaben sind gespeichert.`)
};

const en_biz_fix_errors = /** @type {(inputs: Biz_Fix_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please check the marked fields. What you typed is saved.`)
};

const tr_biz_fix_errors = /** @type {(inputs: Biz_Fix_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen işaretli alanları kontrol edin. Girdikleriniz kaydedildi.`)
};

const ar_biz_fix_errors = /** @type {(inputs: Biz_Fix_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى مراجعة الحقول المعلَّمة. ما كتبته محفوظ.`)
};

const ru_biz_fix_errors = /** @type {(inputs: Biz_Fix_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проверьте отмеченные поля. Ваши данные сохранены.`)
};

const uk_biz_fix_errors = /** @type {(inputs: Biz_Fix_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перевірте позначені поля. Ваші дані збережено.`)
};

/**
* | output |
* | --- |
* | "Please check the marked fields. What you typed is saved." |
*
* @param {Biz_Fix_ErrorsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_fix_errors = /** @type {((inputs?: Biz_Fix_ErrorsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Fix_ErrorsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_fix_errors(inputs)
	if (locale === "tr") return tr_biz_fix_errors(inputs)
	if (locale === "ar") return ar_biz_fix_errors(inputs)
	if (locale === "ru") return ru_biz_fix_errors(inputs)
	if (locale === "uk") return uk_biz_fix_errors(inputs)
	return de_biz_fix_errors(inputs)
});