/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Next_ContactInputs */

const de_place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rufen Sie an oder schreiben Sie eine E-Mail. Sagen Sie, dass Sie die Quartierkarte benutzt haben.`)
};

const en_place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call or write an e-mail. Say that you found them on the Quartierkarte.`)
};

const tr_place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arayın veya e-posta yazın. Quartierkarte'yi kullandığınızı söyleyin.`)
};

const ar_place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتصل أو اكتب بريدًا إلكترونيًا. قل إنك وجدتهم على Quartierkarte.`)
};

const ru_place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Позвоните или напишите письмо. Скажите, что нашли их на Quartierkarte.`)
};

const uk_place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зателефонуйте або напишіть листа. Скажіть, що знайшли їх на Quartierkarte.`)
};

/**
* | output |
* | --- |
* | "Call or write an e-mail. Say that you found them on the Quartierkarte." |
*
* @param {Place_Next_ContactInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_next_contact = /** @type {((inputs?: Place_Next_ContactInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Next_ContactInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_next_contact(inputs)
	if (locale === "tr") return tr_place_next_contact(inputs)
	if (locale === "ar") return ar_place_next_contact(inputs)
	if (locale === "ru") return ru_place_next_contact(inputs)
	if (locale === "uk") return uk_place_next_contact(inputs)
	return de_place_next_contact(inputs)
});