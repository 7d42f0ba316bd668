/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_FailedInputs */

const de_map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Karte konnte nicht geladen werden. Die Liste zeigt alle Orte.`)
};

const en_map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map could not be loaded. The list shows all places.`)
};

const tr_map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Harita yüklenemedi. Liste tüm yerleri gösteriyor.`)
};

const ar_map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّر تحميل الخريطة. القائمة تعرض كل الأماكن.`)
};

const ru_map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не удалось загрузить карту. В списке показаны все места.`)
};

const uk_map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не вдалося завантажити карту. У списку показано всі місця.`)
};

/**
* | output |
* | --- |
* | "The map could not be loaded. The list shows all places." |
*
* @param {Map_FailedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_failed = /** @type {((inputs?: Map_FailedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_FailedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_map_failed(inputs)
	if (locale === "tr") return tr_map_failed(inputs)
	if (locale === "ar") return ar_map_failed(inputs)
	if (locale === "ru") return ru_map_failed(inputs)
	if (locale === "uk") return uk_map_failed(inputs)
	return de_map_failed(inputs)
});