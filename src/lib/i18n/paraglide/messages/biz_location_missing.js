/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Location_MissingInputs */

const de_biz_location_missing = /** @type {(inputs: Biz_Location_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte eine Haltestelle oder Adresse aus der Liste wählen oder eine Stecknadel setzen.`)
};

const en_biz_location_missing = /** @type {(inputs: Biz_Location_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please choose a stop or address from the list, or set a pin.`)
};

const tr_biz_location_missing = /** @type {(inputs: Biz_Location_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen listeden bir durak veya adres seçin ya da bir iğne koyun.`)
};

const ar_biz_location_missing = /** @type {(inputs: Biz_Location_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى اختيار محطة أو عنوان من القائمة أو وضع دبوس.`)
};

const ru_biz_location_missing = /** @type {(inputs: Biz_Location_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выберите остановку или адрес из списка или поставьте метку.`)
};

const uk_biz_location_missing = /** @type {(inputs: Biz_Location_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Виберіть зупинку чи адресу зі списку або поставте позначку.`)
};

/**
* | output |
* | --- |
* | "Please choose a stop or address from the list, or set a pin." |
*
* @param {Biz_Location_MissingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_location_missing = /** @type {((inputs?: Biz_Location_MissingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Location_MissingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_location_missing(inputs)
	if (locale === "tr") return tr_biz_location_missing(inputs)
	if (locale === "ar") return ar_biz_location_missing(inputs)
	if (locale === "ru") return ru_biz_location_missing(inputs)
	if (locale === "uk") return uk_biz_location_missing(inputs)
	return de_biz_location_missing(inputs)
});