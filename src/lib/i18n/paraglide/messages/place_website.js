/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_WebsiteInputs */

const de_place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Website öffnen`)
};

const en_place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open website`)
};

const tr_place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Web sitesini aç`)
};

const ar_place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فتح الموقع`)
};

const ru_place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открыть сайт`)
};

const uk_place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відкрити сайт`)
};

/**
* | output |
* | --- |
* | "Open website" |
*
* @param {Place_WebsiteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_website = /** @type {((inputs?: Place_WebsiteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_WebsiteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_website(inputs)
	if (locale === "tr") return tr_place_website(inputs)
	if (locale === "ar") return ar_place_website(inputs)
	if (locale === "ru") return ru_place_website(inputs)
	if (locale === "uk") return uk_place_website(inputs)
	return de_place_website(inputs)
});