/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mod_ApprovedInputs */

const de_mod_approved = /** @type {(inputs: Mod_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Freigegeben: der Eintrag ist jetzt auf der Karte.`)
};

const en_mod_approved = /** @type {(inputs: Mod_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Approved: the entry is now on the map.`)
};

const tr_mod_approved = /** @type {(inputs: Mod_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Onaylandı: kayıt artık haritada.`)
};

const ar_mod_approved = /** @type {(inputs: Mod_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تمت الموافقة: الإدخال الآن على الخريطة.`)
};

const ru_mod_approved = /** @type {(inputs: Mod_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Одобрено: запись теперь на карте.`)
};

const uk_mod_approved = /** @type {(inputs: Mod_ApprovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Схвалено: запис тепер на карті.`)
};

/**
* | output |
* | --- |
* | "Approved: the entry is now on the map." |
*
* @param {Mod_ApprovedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const mod_approved = /** @type {((inputs?: Mod_ApprovedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mod_ApprovedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_mod_approved(inputs)
	if (locale === "tr") return tr_mod_approved(inputs)
	if (locale === "ar") return ar_mod_approved(inputs)
	if (locale === "ru") return ru_mod_approved(inputs)
	if (locale === "uk") return uk_mod_approved(inputs)
	return de_mod_approved(inputs)
});