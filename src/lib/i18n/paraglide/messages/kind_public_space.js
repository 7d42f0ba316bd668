/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Public_SpaceInputs */

const de_kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffentliche Orte`)
};

const en_kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Public places`)
};

const tr_kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kamusal yerler`)
};

const ar_kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أماكن عامة`)
};

const ru_kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Общественные места`)
};

const uk_kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Громадські місця`)
};

/**
* | output |
* | --- |
* | "Public places" |
*
* @param {Kind_Public_SpaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_public_space = /** @type {((inputs?: Kind_Public_SpaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Public_SpaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_kind_public_space(inputs)
	if (locale === "tr") return tr_kind_public_space(inputs)
	if (locale === "ar") return ar_kind_public_space(inputs)
	if (locale === "ru") return ru_kind_public_space(inputs)
	if (locale === "uk") return uk_kind_public_space(inputs)
	return de_kind_public_space(inputs)
});