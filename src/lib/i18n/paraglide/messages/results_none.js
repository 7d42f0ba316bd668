/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Results_NoneInputs */

const de_results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Orte für diese Filter. Wählen Sie weniger Filter.`)
};

const en_results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No places for these filters. Choose fewer filters.`)
};

const tr_results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu filtrelerle yer yok. Daha az filtre seçin.`)
};

const ar_results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا توجد أماكن لهذه التصفية. اختر تصفية أقل.`)
};

const ru_results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нет мест с такими фильтрами. Выберите меньше фильтров.`)
};

const uk_results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Немає місць із такими фільтрами. Виберіть менше фільтрів.`)
};

/**
* | output |
* | --- |
* | "No places for these filters. Choose fewer filters." |
*
* @param {Results_NoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_none = /** @type {((inputs?: Results_NoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_NoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_results_none(inputs)
	if (locale === "tr") return tr_results_none(inputs)
	if (locale === "ar") return ar_results_none(inputs)
	if (locale === "ru") return ru_results_none(inputs)
	if (locale === "uk") return uk_results_none(inputs)
	return de_results_none(inputs)
});