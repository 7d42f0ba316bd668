/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Form_AutosavedInputs */

const de_form_autosaved = /** @type {(inputs: Form_AutosavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Automatisch gesichert um ${i?.time}`)
};

const en_form_autosaved = /** @type {(inputs: Form_AutosavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Saved automatically at ${i?.time}`)
};

const tr_form_autosaved = /** @type {(inputs: Form_AutosavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} saatinde otomatik kaydedildi`)
};

const ar_form_autosaved = /** @type {(inputs: Form_AutosavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`حُفظ تلقائيًا في ${i?.time}`)
};

const ru_form_autosaved = /** @type {(inputs: Form_AutosavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Автоматически сохранено в ${i?.time}`)
};

const uk_form_autosaved = /** @type {(inputs: Form_AutosavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Автоматично збережено о ${i?.time}`)
};

/**
* | output |
* | --- |
* | "Saved automatically at {time}" |
*
* @param {Form_AutosavedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_autosaved = /** @type {((inputs: Form_AutosavedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_AutosavedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_autosaved(inputs)
	if (locale === "tr") return tr_form_autosaved(inputs)
	if (locale === "ar") return ar_form_autosaved(inputs)
	if (locale === "ru") return ru_form_autosaved(inputs)
	if (locale === "uk") return uk_form_autosaved(inputs)
	return de_form_autosaved(inputs)
});