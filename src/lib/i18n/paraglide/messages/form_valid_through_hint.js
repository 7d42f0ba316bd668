/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Valid_Through_HintInputs */

const de_form_valid_through_hint = /** @type {(inputs: Form_Valid_Through_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Danach verschwindet der Eintrag von der Karte (bleibt hier gespeichert). Wir erinnern Sie vorher.`)
};

const en_form_valid_through_hint = /** @type {(inputs: Form_Valid_Through_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After that the entry leaves the map (it stays saved here). We remind you before.`)
};

const tr_form_valid_through_hint = /** @type {(inputs: Form_Valid_Through_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonra kayıt haritadan kalkar (burada kayıtlı kalır). Önceden size hatırlatırız.`)
};

const ar_form_valid_through_hint = /** @type {(inputs: Form_Valid_Through_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بعدها يختفي الإدخال من الخريطة (ويبقى محفوظًا هنا). سنذكّرك قبل ذلك.`)
};

const ru_form_valid_through_hint = /** @type {(inputs: Form_Valid_Through_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Потом запись исчезнет с карты (останется здесь). Мы напомним заранее.`)
};

const uk_form_valid_through_hint = /** @type {(inputs: Form_Valid_Through_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Потім запис зникне з карти (залишиться тут). Ми нагадаємо заздалегідь.`)
};

/**
* | output |
* | --- |
* | "After that the entry leaves the map (it stays saved here). We remind you before." |
*
* @param {Form_Valid_Through_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_valid_through_hint = /** @type {((inputs?: Form_Valid_Through_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Valid_Through_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_valid_through_hint(inputs)
	if (locale === "tr") return tr_form_valid_through_hint(inputs)
	if (locale === "ar") return ar_form_valid_through_hint(inputs)
	if (locale === "ru") return ru_form_valid_through_hint(inputs)
	if (locale === "uk") return uk_form_valid_through_hint(inputs)
	return de_form_valid_through_hint(inputs)
});