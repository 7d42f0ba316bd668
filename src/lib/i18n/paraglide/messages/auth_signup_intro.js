/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Auth_Signup_IntroInputs */

const de_auth_signup_intro = /** @type {(inputs: Auth_Signup_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellen, Praktika, Besichtigungen und freie Räume auf die Quartierkarte bringen: Das Projektteam prüft jeden Eintrag, bevor er erscheint.`)
};

const en_auth_signup_intro = /** @type {(inputs: Auth_Signup_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put jobs, internships, company visits and free rooms on the Quartierkarte. The project team checks every entry before it appears.`)
};

const tr_auth_signup_intro = /** @type {(inputs: Auth_Signup_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`İş ilanlarını, stajları, işyeri ziyaretlerini ve boş mekânları Quartierkarte’ye ekleyin. Proje ekibi her kaydı yayınlanmadan önce kontrol eder.`)
};

const ar_auth_signup_intro = /** @type {(inputs: Auth_Signup_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أضف الوظائف والتدريب العملي وزيارات المنشأة والأماكن الفارغة إلى Quartierkarte. يراجع فريق المشروع كل إدخال قبل أن يظهر.`)
};

const ru_auth_signup_intro = /** @type {(inputs: Auth_Signup_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Размещайте на Quartierkarte вакансии, практику, посещения предприятия и свободные помещения. Команда проекта проверяет каждую запись перед публикацией.`)
};

const uk_auth_signup_intro = /** @type {(inputs: Auth_Signup_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Розміщуйте на Quartierkarte вакансії, практику, відвідування підприємства та вільні приміщення. Команда проєкту перевіряє кожен запис перед публікацією.`)
};

/**
* | output |
* | --- |
* | "Put jobs, internships, company visits and free rooms on the Quartierkarte. The project team checks every entry before it appears." |
*
* @param {Auth_Signup_IntroInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const auth_signup_intro = /** @type {((inputs?: Auth_Signup_IntroInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Auth_Signup_IntroInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_auth_signup_intro(inputs)
	if (locale === "tr") return tr_auth_signup_intro(inputs)
	if (locale === "ar") return ar_auth_signup_intro(inputs)
	if (locale === "ru") return ru_auth_signup_intro(inputs)
	if (locale === "uk") return uk_auth_signup_intro(inputs)
	return de_auth_signup_intro(inputs)
});