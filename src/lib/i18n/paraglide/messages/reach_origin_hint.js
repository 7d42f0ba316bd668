/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Origin_HintInputs */

const de_reach_origin_hint = /** @type {(inputs: Reach_Origin_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippen Sie auf die Karte, nutzen Sie Ihren Standort oder suchen Sie eine Haltestelle.`)
};

const en_reach_origin_hint = /** @type {(inputs: Reach_Origin_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tap the map, use your location or search for a stop.`)
};

const tr_reach_origin_hint = /** @type {(inputs: Reach_Origin_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haritaya dokunun, konumunuzu kullanın veya bir durak arayın.`)
};

const ar_reach_origin_hint = /** @type {(inputs: Reach_Origin_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اضغط على الخريطة أو استخدم موقعك أو ابحث عن محطة.`)
};

const ru_reach_origin_hint = /** @type {(inputs: Reach_Origin_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нажмите на карту, используйте своё местоположение или найдите остановку.`)
};

const uk_reach_origin_hint = /** @type {(inputs: Reach_Origin_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Торкніться карти, використайте своє місцезнаходження або знайдіть зупинку.`)
};

/**
* | output |
* | --- |
* | "Tap the map, use your location or search for a stop." |
*
* @param {Reach_Origin_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_origin_hint = /** @type {((inputs?: Reach_Origin_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Origin_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_origin_hint(inputs)
	if (locale === "tr") return tr_reach_origin_hint(inputs)
	if (locale === "ar") return ar_reach_origin_hint(inputs)
	if (locale === "ru") return ru_reach_origin_hint(inputs)
	if (locale === "uk") return uk_reach_origin_hint(inputs)
	return de_reach_origin_hint(inputs)
});