/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Offline_BannerInputs */

const de_offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Verbindung. Sie sehen gespeicherte Daten – sie können veraltet sein.`)
};

const en_offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No connection. You are seeing saved data – it may be out of date.`)
};

const tr_offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bağlantı yok. Kayıtlı verileri görüyorsunuz – güncel olmayabilir.`)
};

const ar_offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يوجد اتصال. تشاهد بيانات محفوظة وقد تكون قديمة.`)
};

const ru_offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нет соединения. Вы видите сохранённые данные – они могут быть устаревшими.`)
};

const uk_offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Немає з'єднання. Ви бачите збережені дані – вони можуть бути застарілими.`)
};

/**
* | output |
* | --- |
* | "No connection. You are seeing saved data – it may be out of date." |
*
* @param {Offline_BannerInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const offline_banner = /** @type {((inputs?: Offline_BannerInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offline_BannerInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_offline_banner(inputs)
	if (locale === "tr") return tr_offline_banner(inputs)
	if (locale === "ar") return ar_offline_banner(inputs)
	if (locale === "ru") return ru_offline_banner(inputs)
	if (locale === "uk") return uk_offline_banner(inputs)
	return de_offline_banner(inputs)
});