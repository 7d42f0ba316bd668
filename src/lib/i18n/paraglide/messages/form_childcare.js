/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_ChildcareInputs */

const de_form_childcare = /** @type {(inputs: Form_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeiten passen zu Kita und Schule`)
};

const en_form_childcare = /** @type {(inputs: Form_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working hours fit daycare and school`)
};

const tr_form_childcare = /** @type {(inputs: Form_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Çalışma saatleri kreş ve okula uygun`)
};

const ar_form_childcare = /** @type {(inputs: Form_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أوقات العمل تناسب الحضانة والمدرسة`)
};

const ru_form_childcare = /** @type {(inputs: Form_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Рабочее время подходит к детсаду и школе`)
};

const uk_form_childcare = /** @type {(inputs: Form_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час підходить до садочка і школи`)
};

/**
* | output |
* | --- |
* | "Working hours fit daycare and school" |
*
* @param {Form_ChildcareInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_childcare = /** @type {((inputs?: Form_ChildcareInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_ChildcareInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_childcare(inputs)
	if (locale === "tr") return tr_form_childcare(inputs)
	if (locale === "ar") return ar_form_childcare(inputs)
	if (locale === "ru") return ru_form_childcare(inputs)
	if (locale === "uk") return uk_form_childcare(inputs)
	return de_form_childcare(inputs)
});