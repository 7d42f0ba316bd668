/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Welcome_UsesInputs */

const de_place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gewünschte Nutzung`)
};

const en_place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Welcome uses`)
};

const tr_place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İstenen kullanım`)
};

const ar_place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الاستخدام المرغوب`)
};

const ru_place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Желаемое использование`)
};

const uk_place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бажане використання`)
};

/**
* | output |
* | --- |
* | "Welcome uses" |
*
* @param {Place_Welcome_UsesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_welcome_uses = /** @type {((inputs?: Place_Welcome_UsesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Welcome_UsesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_place_welcome_uses(inputs)
	if (locale === "tr") return tr_place_welcome_uses(inputs)
	if (locale === "ar") return ar_place_welcome_uses(inputs)
	if (locale === "ru") return ru_place_welcome_uses(inputs)
	if (locale === "uk") return uk_place_welcome_uses(inputs)
	return de_place_welcome_uses(inputs)
});