/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Demo_NoteInputs */

const de_demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo-Daten: Arbeitgeber, Stellen, Räume und Termine sind erfunden.`)
};

const en_demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo data: employers, jobs, spaces and events are made up.`)
};

const tr_demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo veriler: işverenler, ilanlar, mekânlar ve etkinlikler uydurmadır.`)
};

const ar_demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بيانات تجريبية: أصحاب العمل والوظائف والأماكن والفعاليات مُختلَقة.`)
};

const ru_demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-данные: работодатели, вакансии, помещения и мероприятия выдуманы.`)
};

const uk_demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-дані: роботодавці, вакансії, приміщення і події вигадані.`)
};

/**
* | output |
* | --- |
* | "Demo data: employers, jobs, spaces and events are made up." |
*
* @param {Demo_NoteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const demo_note = /** @type {((inputs?: Demo_NoteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Demo_NoteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_demo_note(inputs)
	if (locale === "tr") return tr_demo_note(inputs)
	if (locale === "ar") return ar_demo_note(inputs)
	if (locale === "ru") return ru_demo_note(inputs)
	if (locale === "uk") return uk_demo_note(inputs)
	return de_demo_note(inputs)
});