/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Legend_SpaceInputs */

const de_form_legend_space = /** @type {(inputs: Form_Legend_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Raum`)
};

const en_form_legend_space = /** @type {(inputs: Form_Legend_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The space`)
};

const tr_form_legend_space = /** @type {(inputs: Form_Legend_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mekân`)
};

const ar_form_legend_space = /** @type {(inputs: Form_Legend_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المكان`)
};

const ru_form_legend_space = /** @type {(inputs: Form_Legend_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Помещение`)
};

const uk_form_legend_space = /** @type {(inputs: Form_Legend_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Приміщення`)
};

/**
* | output |
* | --- |
* | "The space" |
*
* @param {Form_Legend_SpaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_legend_space = /** @type {((inputs?: Form_Legend_SpaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Legend_SpaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_legend_space(inputs)
	if (locale === "tr") return tr_form_legend_space(inputs)
	if (locale === "ar") return ar_form_legend_space(inputs)
	if (locale === "ru") return ru_form_legend_space(inputs)
	if (locale === "uk") return uk_form_legend_space(inputs)
	return de_form_legend_space(inputs)
});