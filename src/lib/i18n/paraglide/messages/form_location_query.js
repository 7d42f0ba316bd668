/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Location_QueryInputs */

const de_form_location_query = /** @type {(inputs: Form_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haltestelle oder Adresse`)
};

const en_form_location_query = /** @type {(inputs: Form_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop or address`)
};

const tr_form_location_query = /** @type {(inputs: Form_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Durak veya adres`)
};

const ar_form_location_query = /** @type {(inputs: Form_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محطة أو عنوان`)
};

const ru_form_location_query = /** @type {(inputs: Form_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Остановка или адрес`)
};

const uk_form_location_query = /** @type {(inputs: Form_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зупинка або адреса`)
};

/**
* | output |
* | --- |
* | "Stop or address" |
*
* @param {Form_Location_QueryInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_location_query = /** @type {((inputs?: Form_Location_QueryInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Location_QueryInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_location_query(inputs)
	if (locale === "tr") return tr_form_location_query(inputs)
	if (locale === "ar") return ar_form_location_query(inputs)
	if (locale === "ru") return ru_form_location_query(inputs)
	if (locale === "uk") return uk_form_location_query(inputs)
	return de_form_location_query(inputs)
});