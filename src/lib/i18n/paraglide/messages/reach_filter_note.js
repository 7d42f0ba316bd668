/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Reach_Filter_NoteInputs */

const de_reach_filter_note = /** @type {(inputs: Reach_Filter_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Es gelten die Filter der Karte. Orte: ${i?.count}`)
};

const en_reach_filter_note = /** @type {(inputs: Reach_Filter_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The map filters apply. Places: ${i?.count}`)
};

const tr_reach_filter_note = /** @type {(inputs: Reach_Filter_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Haritanın filtreleri geçerli. Yer sayısı: ${i?.count}`)
};

const ar_reach_filter_note = /** @type {(inputs: Reach_Filter_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تُطبَّق فلاتر الخريطة. الأماكن: ${i?.count}`)
};

const ru_reach_filter_note = /** @type {(inputs: Reach_Filter_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Действуют фильтры карты. Мест: ${i?.count}`)
};

const uk_reach_filter_note = /** @type {(inputs: Reach_Filter_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Діють фільтри карти. Місць: ${i?.count}`)
};

/**
* | output |
* | --- |
* | "The map filters apply. Places: {count}" |
*
* @param {Reach_Filter_NoteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_filter_note = /** @type {((inputs: Reach_Filter_NoteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Filter_NoteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_filter_note(inputs)
	if (locale === "tr") return tr_reach_filter_note(inputs)
	if (locale === "ar") return ar_reach_filter_note(inputs)
	if (locale === "ru") return ru_reach_filter_note(inputs)
	if (locale === "uk") return uk_reach_filter_note(inputs)
	return de_reach_filter_note(inputs)
});