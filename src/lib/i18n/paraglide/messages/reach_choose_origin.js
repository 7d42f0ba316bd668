/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reach_Choose_OriginInputs */

const de_reach_choose_origin = /** @type {(inputs: Reach_Choose_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wählen Sie einen Startpunkt: Dann sehen Sie hier die Minuten bis zu jedem Ort.`)
};

const en_reach_choose_origin = /** @type {(inputs: Reach_Choose_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a starting point: then you see the minutes to every place here.`)
};

const tr_reach_choose_origin = /** @type {(inputs: Reach_Choose_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bir başlangıç noktası seçin: burada her yere kaç dakika olduğunu görürsünüz.`)
};

const ar_reach_choose_origin = /** @type {(inputs: Reach_Choose_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اختر نقطة انطلاق: سترى هنا الدقائق إلى كل مكان.`)
};

const ru_reach_choose_origin = /** @type {(inputs: Reach_Choose_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выберите начальную точку: здесь появятся минуты до каждого места.`)
};

const uk_reach_choose_origin = /** @type {(inputs: Reach_Choose_OriginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Виберіть початкову точку: тут з’являться хвилини до кожного місця.`)
};

/**
* | output |
* | --- |
* | "Choose a starting point: then you see the minutes to every place here." |
*
* @param {Reach_Choose_OriginInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_choose_origin = /** @type {((inputs?: Reach_Choose_OriginInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Choose_OriginInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_choose_origin(inputs)
	if (locale === "tr") return tr_reach_choose_origin(inputs)
	if (locale === "ar") return ar_reach_choose_origin(inputs)
	if (locale === "ru") return ru_reach_choose_origin(inputs)
	if (locale === "uk") return uk_reach_choose_origin(inputs)
	return de_reach_choose_origin(inputs)
});