/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_SubmittedInputs */

const de_biz_submitted = /** @type {(inputs: Biz_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Danke! Ihr Eintrag wird vom Projektteam geprüft und dann veröffentlicht.`)
};

const en_biz_submitted = /** @type {(inputs: Biz_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thank you! The project team checks your entry and then publishes it.`)
};

const tr_biz_submitted = /** @type {(inputs: Biz_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teşekkürler! Kaydınız proje ekibi tarafından kontrol edilip yayınlanacak.`)
};

const ar_biz_submitted = /** @type {(inputs: Biz_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`شكرًا! سيراجع فريق المشروع إدخالك ثم ينشره.`)
};

const ru_biz_submitted = /** @type {(inputs: Biz_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Спасибо! Команда проекта проверит запись и опубликует её.`)
};

const uk_biz_submitted = /** @type {(inputs: Biz_SubmittedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дякуємо! Команда проєкту перевірить запис і опублікує його.`)
};

/**
* | output |
* | --- |
* | "Thank you! The project team checks your entry and then publishes it." |
*
* @param {Biz_SubmittedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_submitted = /** @type {((inputs?: Biz_SubmittedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_SubmittedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_submitted(inputs)
	if (locale === "tr") return tr_biz_submitted(inputs)
	if (locale === "ar") return ar_biz_submitted(inputs)
	if (locale === "ru") return ru_biz_submitted(inputs)
	if (locale === "uk") return uk_biz_submitted(inputs)
	return de_biz_submitted(inputs)
});