/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Org_Location_QueryInputs */

const de_form_org_location_query = /** @type {(inputs: Form_Org_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haltestelle in der Nähe oder bekannte Adresse`)
};

const en_form_org_location_query = /** @type {(inputs: Form_Org_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop nearby or known address`)
};

const tr_form_org_location_query = /** @type {(inputs: Form_Org_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yakındaki durak veya bilinen adres`)
};

const ar_form_org_location_query = /** @type {(inputs: Form_Org_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محطة قريبة أو عنوان معروف`)
};

const ru_form_org_location_query = /** @type {(inputs: Form_Org_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Остановка рядом или известный адрес`)
};

const uk_form_org_location_query = /** @type {(inputs: Form_Org_Location_QueryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зупинка поруч або відома адреса`)
};

/**
* | output |
* | --- |
* | "Stop nearby or known address" |
*
* @param {Form_Org_Location_QueryInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_org_location_query = /** @type {((inputs?: Form_Org_Location_QueryInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Org_Location_QueryInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_org_location_query(inputs)
	if (locale === "tr") return tr_form_org_location_query(inputs)
	if (locale === "ar") return ar_form_org_location_query(inputs)
	if (locale === "ru") return ru_form_org_location_query(inputs)
	if (locale === "uk") return uk_form_org_location_query(inputs)
	return de_form_org_location_query(inputs)
});