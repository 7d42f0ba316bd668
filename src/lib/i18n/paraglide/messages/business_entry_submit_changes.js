/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_Entry_Submit_ChangesInputs */

const de_business_entry_submit_changes = /** @type {(inputs: Business_Entry_Submit_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Änderungen zur Prüfung senden`)
};

const en_business_entry_submit_changes = /** @type {(inputs: Business_Entry_Submit_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send changes for checking`)
};

const tr_business_entry_submit_changes = /** @type {(inputs: Business_Entry_Submit_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Değişiklikleri kontrole gönder`)
};

const ar_business_entry_submit_changes = /** @type {(inputs: Business_Entry_Submit_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إرسال التعديلات للمراجعة`)
};

const ru_business_entry_submit_changes = /** @type {(inputs: Business_Entry_Submit_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отправить изменения на проверку`)
};

const uk_business_entry_submit_changes = /** @type {(inputs: Business_Entry_Submit_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Надіслати зміни на перевірку`)
};

/**
* | output |
* | --- |
* | "Send changes for checking" |
*
* @param {Business_Entry_Submit_ChangesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_entry_submit_changes = /** @type {((inputs?: Business_Entry_Submit_ChangesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_Entry_Submit_ChangesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_entry_submit_changes(inputs)
	if (locale === "tr") return tr_business_entry_submit_changes(inputs)
	if (locale === "ar") return ar_business_entry_submit_changes(inputs)
	if (locale === "ru") return ru_business_entry_submit_changes(inputs)
	if (locale === "uk") return uk_business_entry_submit_changes(inputs)
	return de_business_entry_submit_changes(inputs)
});