/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Org_Location_Query_HintInputs */

const de_form_org_location_query_hint = /** @type {(inputs: Form_Org_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippen und einen Vorschlag wählen – oder unten auf der Karte eine Stecknadel setzen.`)
};

const en_form_org_location_query_hint = /** @type {(inputs: Form_Org_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type and choose a suggestion – or set a pin on the map below.`)
};

const tr_form_org_location_query_hint = /** @type {(inputs: Form_Org_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yazın ve bir öneri seçin – ya da aşağıdaki haritada iğne koyun.`)
};

const ar_form_org_location_query_hint = /** @type {(inputs: Form_Org_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اكتب واختر اقتراحًا – أو ضع دبوسًا على الخريطة في الأسفل.`)
};

const ru_form_org_location_query_hint = /** @type {(inputs: Form_Org_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Начните вводить и выберите вариант – или поставьте метку на карте ниже.`)
};

const uk_form_org_location_query_hint = /** @type {(inputs: Form_Org_Location_Query_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Почніть вводити й виберіть варіант – або поставте позначку на карті нижче.`)
};

/**
* | output |
* | --- |
* | "Type and choose a suggestion – or set a pin on the map below." |
*
* @param {Form_Org_Location_Query_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_org_location_query_hint = /** @type {((inputs?: Form_Org_Location_Query_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Org_Location_Query_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_org_location_query_hint(inputs)
	if (locale === "tr") return tr_form_org_location_query_hint(inputs)
	if (locale === "ar") return ar_form_org_location_query_hint(inputs)
	if (locale === "ru") return ru_form_org_location_query_hint(inputs)
	if (locale === "uk") return uk_form_org_location_query_hint(inputs)
	return de_form_org_location_query_hint(inputs)
});