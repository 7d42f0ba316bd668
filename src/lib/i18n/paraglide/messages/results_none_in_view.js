/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Results_None_In_ViewInputs */

const de_results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In diesem Kartenausschnitt ist nichts. Verschieben oder verkleinern Sie die Karte.`)
};

const en_results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing in this part of the map. Move the map or zoom out.`)
};

const tr_results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haritanın bu bölümünde bir şey yok. Haritayı kaydırın veya uzaklaştırın.`)
};

const ar_results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا شيء في هذا الجزء من الخريطة. حرّك الخريطة أو صغّرها.`)
};

const ru_results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`В этой части карты ничего нет. Сдвиньте или отдалите карту.`)
};

const uk_results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`У цій частині карти нічого немає. Посуньте або зменште карту.`)
};

/**
* | output |
* | --- |
* | "Nothing in this part of the map. Move the map or zoom out." |
*
* @param {Results_None_In_ViewInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_none_in_view = /** @type {((inputs?: Results_None_In_ViewInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_None_In_ViewInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_results_none_in_view(inputs)
	if (locale === "tr") return tr_results_none_in_view(inputs)
	if (locale === "ar") return ar_results_none_in_view(inputs)
	if (locale === "ru") return ru_results_none_in_view(inputs)
	if (locale === "uk") return uk_results_none_in_view(inputs)
	return de_results_none_in_view(inputs)
});