/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_CoordinatesInputs */

const de_biz_coordinates = /** @type {(inputs: Biz_CoordinatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Koordinaten liegen nicht in Bielefeld. Bitte die Stecknadel neu setzen.`)
};

const en_biz_coordinates = /** @type {(inputs: Biz_CoordinatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These coordinates are not in Bielefeld. Please set the pin again.`)
};

const tr_biz_coordinates = /** @type {(inputs: Biz_CoordinatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu koordinatlar Bielefeld'de değil. Lütfen iğneyi yeniden koyun.`)
};

const ar_biz_coordinates = /** @type {(inputs: Biz_CoordinatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذه الإحداثيات ليست في بيليفيلد. يرجى وضع الدبوس من جديد.`)
};

const ru_biz_coordinates = /** @type {(inputs: Biz_CoordinatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Эти координаты не в Билефельде. Поставьте метку заново.`)
};

const uk_biz_coordinates = /** @type {(inputs: Biz_CoordinatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ці координати не в Білефельді. Поставте позначку заново.`)
};

/**
* | output |
* | --- |
* | "These coordinates are not in Bielefeld. Please set the pin again." |
*
* @param {Biz_CoordinatesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_coordinates = /** @type {((inputs?: Biz_CoordinatesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_CoordinatesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_coordinates(inputs)
	if (locale === "tr") return tr_biz_coordinates(inputs)
	if (locale === "ar") return ar_biz_coordinates(inputs)
	if (locale === "ru") return ru_biz_coordinates(inputs)
	if (locale === "uk") return uk_biz_coordinates(inputs)
	return de_biz_coordinates(inputs)
});