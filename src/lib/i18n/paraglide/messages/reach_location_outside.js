/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Location_OutsideInputs */

const de_reach_location_outside = /** @type {(inputs: Reach_Location_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Standort liegt außerhalb von Bielefeld. Bitte wählen Sie einen Startpunkt auf der Karte.`)
};

const en_reach_location_outside = /** @type {(inputs: Reach_Location_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your location is outside Bielefeld. Please choose a starting point on the map.`)
};

const tr_reach_location_outside = /** @type {(inputs: Reach_Location_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Konumunuz Bielefeld dışında. Lütfen haritada bir başlangıç noktası seçin.`)
};

const ar_reach_location_outside = /** @type {(inputs: Reach_Location_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`موقعك خارج بيليفيلد. يرجى اختيار نقطة انطلاق على الخريطة.`)
};

const ru_reach_location_outside = /** @type {(inputs: Reach_Location_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вы находитесь за пределами Билефельда. Выберите начальную точку на карте.`)
};

const uk_reach_location_outside = /** @type {(inputs: Reach_Location_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ви перебуваєте за межами Білефельда. Виберіть початкову точку на карті.`)
};

/**
* | output |
* | --- |
* | "Your location is outside Bielefeld. Please choose a starting point on the map." |
*
* @param {Reach_Location_OutsideInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_location_outside = /** @type {((inputs?: Reach_Location_OutsideInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Location_OutsideInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_location_outside(inputs)
	if (locale === "tr") return tr_reach_location_outside(inputs)
	if (locale === "ar") return ar_reach_location_outside(inputs)
	if (locale === "ru") return ru_reach_location_outside(inputs)
	if (locale === "uk") return uk_reach_location_outside(inputs)
	return de_reach_location_outside(inputs)
});