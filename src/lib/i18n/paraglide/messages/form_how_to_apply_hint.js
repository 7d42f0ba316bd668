/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_How_To_Apply_HintInputs */

const de_form_how_to_apply_hint = /** @type {(inputs: Form_How_To_Apply_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`z. B. „Einfach vorbeikommen, Mo–Fr 8–12 Uhr“ oder Telefon/E-Mail.`)
};

const en_form_how_to_apply_hint = /** @type {(inputs: Form_How_To_Apply_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. “Just drop by, Mon–Fri 8–12” or phone/email.`)
};

const tr_form_how_to_apply_hint = /** @type {(inputs: Form_How_To_Apply_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ör. “Uğrayın, Pzt–Cum 8–12” veya telefon/e-posta.`)
};

const ar_form_how_to_apply_hint = /** @type {(inputs: Form_How_To_Apply_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مثلًا «تعال مباشرة، الإثنين–الجمعة 8–12» أو هاتف/بريد.`)
};

const ru_form_how_to_apply_hint = /** @type {(inputs: Form_How_To_Apply_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`напр. «Просто приходите, пн–пт 8–12» или телефон/почта.`)
};

const uk_form_how_to_apply_hint = /** @type {(inputs: Form_How_To_Apply_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`напр. «Просто приходьте, пн–пт 8–12» або телефон/пошта.`)
};

/**
* | output |
* | --- |
* | "e.g. “Just drop by, Mon–Fri 8–12” or phone/email." |
*
* @param {Form_How_To_Apply_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_how_to_apply_hint = /** @type {((inputs?: Form_How_To_Apply_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_How_To_Apply_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_how_to_apply_hint(inputs)
	if (locale === "tr") return tr_form_how_to_apply_hint(inputs)
	if (locale === "ar") return ar_form_how_to_apply_hint(inputs)
	if (locale === "ru") return ru_form_how_to_apply_hint(inputs)
	if (locale === "uk") return uk_form_how_to_apply_hint(inputs)
	return de_form_how_to_apply_hint(inputs)
});