/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Learning_PlaceInputs */

const de_kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lernorte & WLAN`)
};

const en_kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Learning & Wi-Fi`)
};

const tr_kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öğrenme ve Wi-Fi`)
};

const ar_kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعلّم وواي فاي`)
};

const ru_kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Учёба и Wi-Fi`)
};

const uk_kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Навчання і Wi-Fi`)
};

/**
* | output |
* | --- |
* | "Learning & Wi-Fi" |
*
* @param {Kind_Learning_PlaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_learning_place = /** @type {((inputs?: Kind_Learning_PlaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Learning_PlaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_kind_learning_place(inputs)
	if (locale === "tr") return tr_kind_learning_place(inputs)
	if (locale === "ar") return ar_kind_learning_place(inputs)
	if (locale === "ru") return ru_kind_learning_place(inputs)
	if (locale === "uk") return uk_kind_learning_place(inputs)
	return de_kind_learning_place(inputs)
});