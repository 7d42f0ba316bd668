/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mod_Not_PendingInputs */

const de_mod_not_pending = /** @type {(inputs: Mod_Not_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Eintrag wartet nicht (mehr) auf Prüfung.`)
};

const en_mod_not_pending = /** @type {(inputs: Mod_Not_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This entry is not (or no longer) waiting for checking.`)
};

const tr_mod_not_pending = /** @type {(inputs: Mod_Not_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu kayıt (artık) kontrol beklemiyor.`)
};

const ar_mod_not_pending = /** @type {(inputs: Mod_Not_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا الإدخال لا ينتظر المراجعة (بعد الآن).`)
};

const ru_mod_not_pending = /** @type {(inputs: Mod_Not_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Эта запись не ждёт (больше) проверки.`)
};

const uk_mod_not_pending = /** @type {(inputs: Mod_Not_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цей запис не чекає (більше) на перевірку.`)
};

/**
* | output |
* | --- |
* | "This entry is not (or no longer) waiting for checking." |
*
* @param {Mod_Not_PendingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const mod_not_pending = /** @type {((inputs?: Mod_Not_PendingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mod_Not_PendingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_mod_not_pending(inputs)
	if (locale === "tr") return tr_mod_not_pending(inputs)
	if (locale === "ar") return ar_mod_not_pending(inputs)
	if (locale === "ru") return ru_mod_not_pending(inputs)
	if (locale === "uk") return uk_mod_not_pending(inputs)
	return de_mod_not_pending(inputs)
});