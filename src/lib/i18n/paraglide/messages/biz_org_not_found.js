/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Org_Not_FoundInputs */

const de_biz_org_not_found = /** @type {(inputs: Biz_Org_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Organisation gibt es nicht oder Sie gehören nicht dazu.`)
};

const en_biz_org_not_found = /** @type {(inputs: Biz_Org_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This organisation does not exist or you do not belong to it.`)
};

const tr_biz_org_not_found = /** @type {(inputs: Biz_Org_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu kuruluş yok veya siz ona ait değilsiniz.`)
};

const ar_biz_org_not_found = /** @type {(inputs: Biz_Org_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذه المنظمة غير موجودة أو لست عضوًا فيها.`)
};

const ru_biz_org_not_found = /** @type {(inputs: Biz_Org_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такой организации нет или вы в ней не состоите.`)
};

const uk_biz_org_not_found = /** @type {(inputs: Biz_Org_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такої організації немає або ви до неї не належите.`)
};

/**
* | output |
* | --- |
* | "This organisation does not exist or you do not belong to it." |
*
* @param {Biz_Org_Not_FoundInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_org_not_found = /** @type {((inputs?: Biz_Org_Not_FoundInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Org_Not_FoundInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_org_not_found(inputs)
	if (locale === "tr") return tr_biz_org_not_found(inputs)
	if (locale === "ar") return ar_biz_org_not_found(inputs)
	if (locale === "ru") return ru_biz_org_not_found(inputs)
	if (locale === "uk") return uk_biz_org_not_found(inputs)
	return de_biz_org_not_found(inputs)
});