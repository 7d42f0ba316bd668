/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_ChooseInputs */

const de_biz_choose = /** @type {(inputs: Biz_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte eine der Möglichkeiten wählen.`)
};

const en_biz_choose = /** @type {(inputs: Biz_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please choose one of the options.`)
};

const tr_biz_choose = /** @type {(inputs: Biz_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lütfen seçeneklerden birini seçin.`)
};

const ar_biz_choose = /** @type {(inputs: Biz_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى اختيار أحد الخيارات.`)
};

const ru_biz_choose = /** @type {(inputs: Biz_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выберите один из вариантов.`)
};

const uk_biz_choose = /** @type {(inputs: Biz_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Виберіть один із варіантів.`)
};

/**
* | output |
* | --- |
* | "Please choose one of the options." |
*
* @param {Biz_ChooseInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_choose = /** @type {((inputs?: Biz_ChooseInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_ChooseInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_choose(inputs)
	if (locale === "tr") return tr_biz_choose(inputs)
	if (locale === "ar") return ar_biz_choose(inputs)
	if (locale === "ru") return ru_biz_choose(inputs)
	if (locale === "uk") return uk_biz_choose(inputs)
	return de_biz_choose(inputs)
});