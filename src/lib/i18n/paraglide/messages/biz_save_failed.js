/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Save_FailedInputs */

const de_biz_save_failed = /** @type {(inputs: Biz_Save_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Speichern ging nicht. Ihre Eingaben sind als Entwurf gesichert.`)
};

const en_biz_save_failed = /** @type {(inputs: Biz_Save_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saving did not work. What you typed is kept as a draft.`)
};

const tr_biz_save_failed = /** @type {(inputs: Biz_Save_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kaydetme olmadı. Girdikleriniz taslak olarak saklandı.`)
};

const ar_biz_save_failed = /** @type {(inputs: Biz_Save_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّر الحفظ. ما كتبته محفوظ كمسودة.`)
};

const ru_biz_save_failed = /** @type {(inputs: Biz_Save_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сохранить не удалось. Ваши данные сохранены как черновик.`)
};

const uk_biz_save_failed = /** @type {(inputs: Biz_Save_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зберегти не вдалося. Ваші дані збережено як чернетку.`)
};

/**
* | output |
* | --- |
* | "Saving did not work. What you typed is kept as a draft." |
*
* @param {Biz_Save_FailedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_save_failed = /** @type {((inputs?: Biz_Save_FailedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Save_FailedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_save_failed(inputs)
	if (locale === "tr") return tr_biz_save_failed(inputs)
	if (locale === "ar") return ar_biz_save_failed(inputs)
	if (locale === "ru") return ru_biz_save_failed(inputs)
	if (locale === "uk") return uk_biz_save_failed(inputs)
	return de_biz_save_failed(inputs)
});