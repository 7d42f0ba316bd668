/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_DraftInputs */

const de_status_draft = /** @type {(inputs: Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entwurf`)
};

const en_status_draft = /** @type {(inputs: Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Draft`)
};

const tr_status_draft = /** @type {(inputs: Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Taslak`)
};

const ar_status_draft = /** @type {(inputs: Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مسودة`)
};

const ru_status_draft = /** @type {(inputs: Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Черновик`)
};

const uk_status_draft = /** @type {(inputs: Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чернетка`)
};

/**
* | output |
* | --- |
* | "Draft" |
*
* @param {Status_DraftInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const status_draft = /** @type {((inputs?: Status_DraftInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_DraftInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_status_draft(inputs)
	if (locale === "tr") return tr_status_draft(inputs)
	if (locale === "ar") return ar_status_draft(inputs)
	if (locale === "ru") return ru_status_draft(inputs)
	if (locale === "uk") return uk_status_draft(inputs)
	return de_status_draft(inputs)
});