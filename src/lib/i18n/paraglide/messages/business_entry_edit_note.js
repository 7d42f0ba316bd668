/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_Edit_NoteInputs */

const de_business_entry_edit_note = /** @type {(inputs: Business_Entry_Edit_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Änderungen werden erneut geprüft; bis dahin ist der Eintrag nicht auf der Karte.`)
};

const en_business_entry_edit_note = /** @type {(inputs: Business_Entry_Edit_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changes are checked again. Until then, the entry is not on the map.`)
};

const tr_business_entry_edit_note = /** @type {(inputs: Business_Entry_Edit_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Değişiklikler yeniden kontrol edilir. O zamana kadar kayıt haritada görünmez.`)
};

const ar_business_entry_edit_note = /** @type {(inputs: Business_Entry_Edit_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تُراجَع التعديلات من جديد، وحتى ذلك الحين لا يظهر الإدخال على الخريطة.`)
};

const ru_business_entry_edit_note = /** @type {(inputs: Business_Entry_Edit_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изменения проверяются заново. До этого запись не видна на карте.`)
};

const uk_business_entry_edit_note = /** @type {(inputs: Business_Entry_Edit_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зміни перевіряються знову. До того часу запису немає на карті.`)
};

/**
* | output |
* | --- |
* | "Changes are checked again. Until then, the entry is not on the map." |
*
* @param {Business_Entry_Edit_NoteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_edit_note = /** @type {((inputs?: Business_Entry_Edit_NoteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_Edit_NoteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_edit_note(inputs)
	if (locale === "tr") return tr_business_entry_edit_note(inputs)
	if (locale === "ar") return ar_business_entry_edit_note(inputs)
	if (locale === "ru") return ru_business_entry_edit_note(inputs)
	if (locale === "uk") return uk_business_entry_edit_note(inputs)
	return de_business_entry_edit_note(inputs)
});