/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_RefugeesInputs */

const de_place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geeignet für Geflüchtete`)
};

const en_place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suitable for refugees`)
};

const tr_place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mülteciler için uygun`)
};

const ar_place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مناسب للاجئين`)
};

const ru_place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подходит для беженцев`)
};

const uk_place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підходить для біженців`)
};

/**
* | output |
* | --- |
* | "Suitable for refugees" |
*
* @param {Place_RefugeesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_refugees = /** @type {((inputs?: Place_RefugeesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_RefugeesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_refugees(inputs)
	if (locale === "tr") return tr_place_refugees(inputs)
	if (locale === "ar") return ar_place_refugees(inputs)
	if (locale === "ru") return ru_place_refugees(inputs)
	if (locale === "uk") return uk_place_refugees(inputs)
	return de_place_refugees(inputs)
});