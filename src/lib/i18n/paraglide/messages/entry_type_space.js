/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Entry_Type_SpaceInputs */

const de_entry_type_space = /** @type {(inputs: Entry_Type_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raum oder Leerstand`)
};

const en_entry_type_space = /** @type {(inputs: Entry_Type_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Room or empty shop`)
};

const tr_entry_type_space = /** @type {(inputs: Entry_Type_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mekân veya boş dükkân`)
};

const ar_entry_type_space = /** @type {(inputs: Entry_Type_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مكان أو محل فارغ`)
};

const ru_entry_type_space = /** @type {(inputs: Entry_Type_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Помещение или пустующий магазин`)
};

const uk_entry_type_space = /** @type {(inputs: Entry_Type_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Приміщення або порожній магазин`)
};

/**
* | output |
* | --- |
* | "Room or empty shop" |
*
* @param {Entry_Type_SpaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const entry_type_space = /** @type {((inputs?: Entry_Type_SpaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Entry_Type_SpaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_entry_type_space(inputs)
	if (locale === "tr") return tr_entry_type_space(inputs)
	if (locale === "ar") return ar_entry_type_space(inputs)
	if (locale === "ru") return ru_entry_type_space(inputs)
	if (locale === "uk") return uk_entry_type_space(inputs)
	return de_entry_type_space(inputs)
});