/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Location_Query_HintInputs */

const de_form_location_query_hint = /** @type {(inputs: Form_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leer lassen: Adresse Ihres Betriebs. Oder eine Haltestelle in der Nähe wählen.`)
};

const en_form_location_query_hint = /** @type {(inputs: Form_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave empty: your business’s address. Or choose a stop nearby.`)
};

const tr_form_location_query_hint = /** @type {(inputs: Form_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boş bırakın: işletmenizin adresi. Veya yakındaki bir durağı seçin.`)
};

const ar_form_location_query_hint = /** @type {(inputs: Form_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتركه فارغًا: عنوان منشأتك. أو اختر محطة قريبة.`)
};

const ru_form_location_query_hint = /** @type {(inputs: Form_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оставьте пустым: адрес вашего предприятия. Или выберите остановку рядом.`)
};

const uk_form_location_query_hint = /** @type {(inputs: Form_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Залиште порожнім: адреса вашого підприємства. Або виберіть зупинку поруч.`)
};

/**
* | output |
* | --- |
* | "Leave empty: your business’s address. Or choose a stop nearby." |
*
* @param {Form_Location_Query_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_location_query_hint = /** @type {((inputs?: Form_Location_Query_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Location_Query_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_location_query_hint(inputs)
	if (locale === "tr") return tr_form_location_query_hint(inputs)
	if (locale === "ar") return ar_form_location_query_hint(inputs)
	if (locale === "ru") return ru_form_location_query_hint(inputs)
	if (locale === "uk") return uk_form_location_query_hint(inputs)
	return de_form_location_query_hint(inputs)
});