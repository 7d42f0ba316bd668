/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Form_Welcome_Uses_HintInputs */

const de_form_welcome_uses_hint = /** @type {(inputs: Form_Welcome_Uses_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`z. B. Sprachcafé, Ausstellung, Nachbarschaftstreff`)
};

const en_form_welcome_uses_hint = /** @type {(inputs: Form_Welcome_Uses_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. language café, exhibition, neighbourhood meeting`)
};

const tr_form_welcome_uses_hint = /** @type {(inputs: Form_Welcome_Uses_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ör. dil kafesi, sergi, komşuluk buluşması`)
};

const ar_form_welcome_uses_hint = /** @type {(inputs: Form_Welcome_Uses_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مثلًا مقهى لغات، معرض، لقاء جيران`)
};

const ru_form_welcome_uses_hint = /** @type {(inputs: Form_Welcome_Uses_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`напр. языковое кафе, выставка, встречи соседей`)
};

const uk_form_welcome_uses_hint = /** @type {(inputs: Form_Welcome_Uses_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`напр. мовне кафе, виставка, зустрічі сусідів`)
};

/**
* | output |
* | --- |
* | "e.g. language café, exhibition, neighbourhood meeting" |
*
* @param {Form_Welcome_Uses_HintInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const form_welcome_uses_hint = /** @type {((inputs?: Form_Welcome_Uses_HintInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Form_Welcome_Uses_HintInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_form_welcome_uses_hint(inputs)
	if (locale === "tr") return tr_form_welcome_uses_hint(inputs)
	if (locale === "ar") return ar_form_welcome_uses_hint(inputs)
	if (locale === "ru") return ru_form_welcome_uses_hint(inputs)
	if (locale === "uk") return uk_form_welcome_uses_hint(inputs)
	return de_form_welcome_uses_hint(inputs)
});