/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Not_FoundInputs */

const de_not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diesen Ort gibt es nicht (mehr).`)
};

const en_not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This place does not exist (any more).`)
};

const tr_not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bu yer yok (artık yok).`)
};

const ar_not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا المكان غير موجود (لم يعد موجودًا).`)
};

const ru_not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такого места нет (больше нет).`)
};

const uk_not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такого місця немає (більше немає).`)
};

/**
* | output |
* | --- |
* | "This place does not exist (any more)." |
*
* @param {Not_FoundInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const not_found = /** @type {((inputs?: Not_FoundInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Not_FoundInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_not_found(inputs)
	if (locale === "tr") return tr_not_found(inputs)
	if (locale === "ar") return ar_not_found(inputs)
	if (locale === "ru") return ru_not_found(inputs)
	if (locale === "uk") return uk_not_found(inputs)
	return de_not_found(inputs)
});