/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Meta_DescriptionInputs */

const de_meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte der Chancen in drei Bielefelder Quartieren: Stellen, Arbeitgeber, Räume, Beratung, Lernorte und Termine.`)
};

const en_meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A map of opportunities in three Bielefeld neighbourhoods: jobs, employers, spaces, advice, learning places and events.`)
};

const tr_meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bielefeld'in üç mahallesinde fırsatlar haritası: iş ilanları, işverenler, mekânlar, danışmanlık, öğrenme yerleri ve etkinlikler.`)
};

const ar_meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خريطة الفرص في ثلاثة أحياء في بيليفيلد: وظائف، أصحاب عمل، أماكن، استشارات، أماكن تعلّم وفعاليات.`)
};

const ru_meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта возможностей в трёх районах Билефельда: вакансии, работодатели, помещения, консультации, места для учёбы и мероприятия.`)
};

const uk_meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта можливостей у трьох районах Білефельда: вакансії, роботодавці, приміщення, консультації, місця для навчання і події.`)
};

/**
* | output |
* | --- |
* | "A map of opportunities in three Bielefeld neighbourhoods: jobs, employers, spaces, advice, learning places and events." |
*
* @param {Meta_DescriptionInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const meta_description = /** @type {((inputs?: Meta_DescriptionInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Meta_DescriptionInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_meta_description(inputs)
	if (locale === "tr") return tr_meta_description(inputs)
	if (locale === "ar") return ar_meta_description(inputs)
	if (locale === "ru") return ru_meta_description(inputs)
	if (locale === "uk") return uk_meta_description(inputs)
	return de_meta_description(inputs)
});