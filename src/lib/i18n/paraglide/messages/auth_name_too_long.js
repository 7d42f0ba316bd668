/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Name_Too_LongInputs */

const de_auth_name_too_long = /** @type {(inputs: Auth_Name_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Name darf höchstens 120 Zeichen lang sein.`)
};

const en_auth_name_too_long = /** @type {(inputs: Auth_Name_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The name may have at most 120 characters.`)
};

const tr_auth_name_too_long = /** @type {(inputs: Auth_Name_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ad en fazla 120 karakter olabilir.`)
};

const ar_auth_name_too_long = /** @type {(inputs: Auth_Name_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يجب ألا يزيد الاسم عن 120 حرفًا.`)
};

const ru_auth_name_too_long = /** @type {(inputs: Auth_Name_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Имя должно быть не длиннее 120 знаков.`)
};

const uk_auth_name_too_long = /** @type {(inputs: Auth_Name_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ім'я має містити не більше 120 знаків.`)
};

/**
* | output |
* | --- |
* | "The name may have at most 120 characters." |
*
* @param {Auth_Name_Too_LongInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_name_too_long = /** @type {((inputs?: Auth_Name_Too_LongInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Name_Too_LongInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_name_too_long(inputs)
	if (locale === "tr") return tr_auth_name_too_long(inputs)
	if (locale === "ar") return ar_auth_name_too_long(inputs)
	if (locale === "ru") return ru_auth_name_too_long(inputs)
	if (locale === "uk") return uk_auth_name_too_long(inputs)
	return de_auth_name_too_long(inputs)
});