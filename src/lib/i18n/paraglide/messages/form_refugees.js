/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_RefugeesInputs */

const de_form_refugees = /** @type {(inputs: Form_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auch für Geflüchtete geeignet`)
};

const en_form_refugees = /** @type {(inputs: Form_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Also suitable for refugees`)
};

const tr_form_refugees = /** @type {(inputs: Form_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mülteciler için de uygun`)
};

const ar_form_refugees = /** @type {(inputs: Form_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مناسب أيضًا للاجئين`)
};

const ru_form_refugees = /** @type {(inputs: Form_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подходит и для беженцев`)
};

const uk_form_refugees = /** @type {(inputs: Form_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підходить і для біженців`)
};

/**
* | output |
* | --- |
* | "Also suitable for refugees" |
*
* @param {Form_RefugeesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_refugees = /** @type {((inputs?: Form_RefugeesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_RefugeesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_refugees(inputs)
	if (locale === "tr") return tr_form_refugees(inputs)
	if (locale === "ar") return ar_form_refugees(inputs)
	if (locale === "ru") return ru_form_refugees(inputs)
	if (locale === "uk") return uk_form_refugees(inputs)
	return de_form_refugees(inputs)
});