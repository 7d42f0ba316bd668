/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_PublishedInputs */

const de_status_published = /** @type {(inputs: Status_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Veröffentlicht`)
};

const en_status_published = /** @type {(inputs: Status_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Published`)
};

const tr_status_published = /** @type {(inputs: Status_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yayında`)
};

const ar_status_published = /** @type {(inputs: Status_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`منشور`)
};

const ru_status_published = /** @type {(inputs: Status_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубликовано`)
};

const uk_status_published = /** @type {(inputs: Status_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубліковано`)
};

/**
* | output |
* | --- |
* | "Published" |
*
* @param {Status_PublishedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const status_published = /** @type {((inputs?: Status_PublishedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_PublishedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_status_published(inputs)
	if (locale === "tr") return tr_status_published(inputs)
	if (locale === "ar") return ar_status_published(inputs)
	if (locale === "ru") return ru_status_published(inputs)
	if (locale === "uk") return uk_status_published(inputs)
	return de_status_published(inputs)
});