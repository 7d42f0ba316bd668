/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Results_TruncatedInputs */

const de_results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es gibt mehr Treffer als gezeigt. Wählen Sie Filter.`)
};

const en_results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There are more results than shown. Choose filters.`)
};

const tr_results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gösterilenden daha fazla sonuç var. Filtre seçin.`)
};

const ar_results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هناك نتائج أكثر مما يظهر. اختر تصفية.`)
};

const ru_results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Результатов больше, чем показано. Выберите фильтры.`)
};

const uk_results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Результатів більше, ніж показано. Виберіть фільтри.`)
};

/**
* | output |
* | --- |
* | "There are more results than shown. Choose filters." |
*
* @param {Results_TruncatedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_truncated = /** @type {((inputs?: Results_TruncatedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_TruncatedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_results_truncated(inputs)
	if (locale === "tr") return tr_results_truncated(inputs)
	if (locale === "ar") return ar_results_truncated(inputs)
	if (locale === "ru") return ru_results_truncated(inputs)
	if (locale === "uk") return uk_results_truncated(inputs)
	return de_results_truncated(inputs)
});