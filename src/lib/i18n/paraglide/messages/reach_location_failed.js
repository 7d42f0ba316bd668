/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Location_FailedInputs */

const de_reach_location_failed = /** @type {(inputs: Reach_Location_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standort nicht verfügbar. Tippen Sie auf die Karte oder suchen Sie eine Haltestelle.`)
};

const en_reach_location_failed = /** @type {(inputs: Reach_Location_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Location not available. Tap the map or search for a stop.`)
};

const tr_reach_location_failed = /** @type {(inputs: Reach_Location_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Konum kullanılamıyor. Haritaya dokunun veya bir durak arayın.`)
};

const ar_reach_location_failed = /** @type {(inputs: Reach_Location_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الموقع غير متاح. اضغط على الخريطة أو ابحث عن محطة.`)
};

const ru_reach_location_failed = /** @type {(inputs: Reach_Location_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Местоположение недоступно. Нажмите на карту или найдите остановку.`)
};

const uk_reach_location_failed = /** @type {(inputs: Reach_Location_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Місцезнаходження недоступне. Торкніться карти або знайдіть зупинку.`)
};

/**
* | output |
* | --- |
* | "Location not available. Tap the map or search for a stop." |
*
* @param {Reach_Location_FailedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_location_failed = /** @type {((inputs?: Reach_Location_FailedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Location_FailedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_location_failed(inputs)
	if (locale === "tr") return tr_reach_location_failed(inputs)
	if (locale === "ar") return ar_reach_location_failed(inputs)
	if (locale === "ru") return ru_reach_location_failed(inputs)
	if (locale === "uk") return uk_reach_location_failed(inputs)
	return de_reach_location_failed(inputs)
});