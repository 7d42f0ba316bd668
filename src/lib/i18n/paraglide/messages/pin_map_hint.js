/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pin_Map_HintInputs */

const de_pin_map_hint = /** @type {(inputs: Pin_Map_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf die Karte tippen: dort steht dann die Stecknadel. Ohne Karte: Breite und Länge unten eintragen.`)
};

const en_pin_map_hint = /** @type {(inputs: Pin_Map_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tap the map: the pin goes there. Without the map: type latitude and longitude below.`)
};

const tr_pin_map_hint = /** @type {(inputs: Pin_Map_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haritaya dokunun: iğne oraya konur. Harita olmadan: enlem ve boylamı aşağıya yazın.`)
};

const ar_pin_map_hint = /** @type {(inputs: Pin_Map_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`انقر على الخريطة: يوضع الدبوس هناك. بدون خريطة: اكتب خط العرض وخط الطول في الأسفل.`)
};

const ru_pin_map_hint = /** @type {(inputs: Pin_Map_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нажмите на карту: метка встанет туда. Без карты: введите широту и долготу ниже.`)
};

const uk_pin_map_hint = /** @type {(inputs: Pin_Map_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Натисніть на карту: позначка стане туди. Без карти: введіть широту й довготу нижче.`)
};

/**
* | output |
* | --- |
* | "Tap the map: the pin goes there. Without the map: type latitude and longitude below." |
*
* @param {Pin_Map_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const pin_map_hint = /** @type {((inputs?: Pin_Map_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pin_Map_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_pin_map_hint(inputs)
	if (locale === "tr") return tr_pin_map_hint(inputs)
	if (locale === "ar") return ar_pin_map_hint(inputs)
	if (locale === "ru") return ru_pin_map_hint(inputs)
	if (locale === "uk") return uk_pin_map_hint(inputs)
	return de_pin_map_hint(inputs)
});