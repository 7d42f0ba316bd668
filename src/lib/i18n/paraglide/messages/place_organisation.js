/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_OrganisationInputs */

const de_place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anbieter`)
};

const en_place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Provider`)
};

const tr_place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sağlayıcı`)
};

const ar_place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الجهة`)
};

const ru_place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Организация`)
};

const uk_place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Організація`)
};

/**
* | output |
* | --- |
* | "Provider" |
*
* @param {Place_OrganisationInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_organisation = /** @type {((inputs?: Place_OrganisationInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_OrganisationInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_organisation(inputs)
	if (locale === "tr") return tr_place_organisation(inputs)
	if (locale === "ar") return ar_place_organisation(inputs)
	if (locale === "ru") return ru_place_organisation(inputs)
	if (locale === "uk") return uk_place_organisation(inputs)
	return de_place_organisation(inputs)
});