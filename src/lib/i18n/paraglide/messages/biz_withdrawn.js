/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_WithdrawnInputs */

const de_biz_withdrawn = /** @type {(inputs: Biz_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Eintrag ist zurückgezogen und nicht mehr auf der Karte.`)
};

const en_biz_withdrawn = /** @type {(inputs: Biz_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The entry is withdrawn and no longer on the map.`)
};

const tr_biz_withdrawn = /** @type {(inputs: Biz_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kayıt geri çekildi ve artık haritada değil.`)
};

const ar_biz_withdrawn = /** @type {(inputs: Biz_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم سحب الإدخال ولم يعد على الخريطة.`)
};

const ru_biz_withdrawn = /** @type {(inputs: Biz_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запись отозвана и больше не на карте.`)
};

const uk_biz_withdrawn = /** @type {(inputs: Biz_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запис відкликано, його більше немає на карті.`)
};

/**
* | output |
* | --- |
* | "The entry is withdrawn and no longer on the map." |
*
* @param {Biz_WithdrawnInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_withdrawn = /** @type {((inputs?: Biz_WithdrawnInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_WithdrawnInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_withdrawn(inputs)
	if (locale === "tr") return tr_biz_withdrawn(inputs)
	if (locale === "ar") return ar_biz_withdrawn(inputs)
	if (locale === "ru") return ru_biz_withdrawn(inputs)
	if (locale === "uk") return uk_biz_withdrawn(inputs)
	return de_biz_withdrawn(inputs)
});