/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ q: NonNullable<unknown> }} Biz_Location_Not_FoundInputs */

const de_biz_location_not_found = /** @type {(inputs: Biz_Location_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.q}“ kennen wir nicht. Bitte einen Vorschlag aus der Liste wählen oder die Stecknadel setzen.`)
};

const en_biz_location_not_found = /** @type {(inputs: Biz_Location_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`We do not know “${i?.q}”. Please choose a suggestion from the list or set the pin.`)
};

const tr_biz_location_not_found = /** @type {(inputs: Biz_Location_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.q}” bilinmiyor. Lütfen listeden bir öneri seçin veya iğneyi koyun.`)
};

const ar_biz_location_not_found = /** @type {(inputs: Biz_Location_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`لا نعرف «${i?.q}». يرجى اختيار اقتراح من القائمة أو وضع الدبوس.`)
};

const ru_biz_location_not_found = /** @type {(inputs: Biz_Location_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.q}» нам неизвестно. Выберите вариант из списка или поставьте метку.`)
};

const uk_biz_location_not_found = /** @type {(inputs: Biz_Location_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.q}» нам невідомо. Виберіть варіант зі списку або поставте позначку.`)
};

/**
* | output |
* | --- |
* | "We do not know “{q}”. Please choose a suggestion from the list or set the pin." |
*
* @param {Biz_Location_Not_FoundInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_location_not_found = /** @type {((inputs: Biz_Location_Not_FoundInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Location_Not_FoundInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_location_not_found(inputs)
	if (locale === "tr") return tr_biz_location_not_found(inputs)
	if (locale === "ar") return ar_biz_location_not_found(inputs)
	if (locale === "ru") return ru_biz_location_not_found(inputs)
	if (locale === "uk") return uk_biz_location_not_found(inputs)
	return de_biz_location_not_found(inputs)
});