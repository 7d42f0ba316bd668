/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} A11y_TitleInputs */

const de_a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erklärung zur Barrierefreiheit`)
};

const en_a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accessibility statement`)
};

const tr_a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erişilebilirlik beyanı`)
};

const ar_a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بيان إمكانية الوصول`)
};

const ru_a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заявление о доступности`)
};

const uk_a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заява про доступність`)
};

/**
* | output |
* | --- |
* | "Accessibility statement" |
*
* @param {A11y_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const a11y_title = /** @type {((inputs?: A11y_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<A11y_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_a11y_title(inputs)
	if (locale === "tr") return tr_a11y_title(inputs)
	if (locale === "ar") return ar_a11y_title(inputs)
	if (locale === "ru") return ru_a11y_title(inputs)
	if (locale === "uk") return uk_a11y_title(inputs)
	return de_a11y_title(inputs)
});