/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Legend_PlaceInputs */

const de_form_legend_place = /** @type {(inputs: Form_Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ort`)
};

const en_form_legend_place = /** @type {(inputs: Form_Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Place`)
};

const tr_form_legend_place = /** @type {(inputs: Form_Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yer`)
};

const ar_form_legend_place = /** @type {(inputs: Form_Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المكان`)
};

const ru_form_legend_place = /** @type {(inputs: Form_Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Место`)
};

const uk_form_legend_place = /** @type {(inputs: Form_Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Місце`)
};

/**
* | output |
* | --- |
* | "Place" |
*
* @param {Form_Legend_PlaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_legend_place = /** @type {((inputs?: Form_Legend_PlaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Legend_PlaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_legend_place(inputs)
	if (locale === "tr") return tr_form_legend_place(inputs)
	if (locale === "ar") return ar_form_legend_place(inputs)
	if (locale === "ru") return ru_form_legend_place(inputs)
	if (locale === "uk") return uk_form_legend_place(inputs)
	return de_form_legend_place(inputs)
});