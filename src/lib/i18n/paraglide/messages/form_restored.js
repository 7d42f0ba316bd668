/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ when: NonNullable<unknown> }} Form_RestoredInputs */

const de_form_restored = /** @type {(inputs: Form_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Wiederhergestellt: Ihr ungespeicherter Entwurf vom ${i?.when}.`)
};

const en_form_restored = /** @type {(inputs: Form_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Restored: your unsaved draft from ${i?.when}.`)
};

const tr_form_restored = /** @type {(inputs: Form_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geri yüklendi: ${i?.when} tarihli kaydedilmemiş taslağınız.`)
};

const ar_form_restored = /** @type {(inputs: Form_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تمت الاستعادة: مسودتك غير المحفوظة من ${i?.when}.`)
};

const ru_form_restored = /** @type {(inputs: Form_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Восстановлено: ваш несохранённый черновик от ${i?.when}.`)
};

const uk_form_restored = /** @type {(inputs: Form_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Відновлено: ваша незбережена чернетка від ${i?.when}.`)
};

/**
* | output |
* | --- |
* | "Restored: your unsaved draft from {when}." |
*
* @param {Form_RestoredInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_restored = /** @type {((inputs: Form_RestoredInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_RestoredInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_restored(inputs)
	if (locale === "tr") return tr_form_restored(inputs)
	if (locale === "ar") return ar_form_restored(inputs)
	if (locale === "ru") return ru_form_restored(inputs)
	if (locale === "uk") return uk_form_restored(inputs)
	return de_form_restored(inputs)
});