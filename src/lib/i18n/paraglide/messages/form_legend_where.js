/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Legend_WhereInputs */

const de_form_legend_where = /** @type {(inputs: Form_Legend_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wo?`)
};

const en_form_legend_where = /** @type {(inputs: Form_Legend_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where?`)
};

const tr_form_legend_where = /** @type {(inputs: Form_Legend_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nerede?`)
};

const ar_form_legend_where = /** @type {(inputs: Form_Legend_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أين؟`)
};

const ru_form_legend_where = /** @type {(inputs: Form_Legend_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где?`)
};

const uk_form_legend_where = /** @type {(inputs: Form_Legend_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Де?`)
};

/**
* | output |
* | --- |
* | "Where?" |
*
* @param {Form_Legend_WhereInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_legend_where = /** @type {((inputs?: Form_Legend_WhereInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Legend_WhereInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_legend_where(inputs)
	if (locale === "tr") return tr_form_legend_where(inputs)
	if (locale === "ar") return ar_form_legend_where(inputs)
	if (locale === "ru") return ru_form_legend_where(inputs)
	if (locale === "uk") return uk_form_legend_where(inputs)
	return de_form_legend_where(inputs)
});