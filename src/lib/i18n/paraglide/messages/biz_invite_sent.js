/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ email: NonNullable<unknown> }} Biz_Invite_SentInputs */

const de_biz_invite_sent = /** @type {(inputs: Biz_Invite_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Einladung an ${i?.email} ist verschickt.`)
};

const en_biz_invite_sent = /** @type {(inputs: Biz_Invite_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Invitation to ${i?.email} is sent.`)
};

const tr_biz_invite_sent = /** @type {(inputs: Biz_Invite_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.email} adresine davet gönderildi.`)
};

const ar_biz_invite_sent = /** @type {(inputs: Biz_Invite_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تم إرسال الدعوة إلى ${i?.email}.`)
};

const ru_biz_invite_sent = /** @type {(inputs: Biz_Invite_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Приглашение для ${i?.email} отправлено.`)
};

const uk_biz_invite_sent = /** @type {(inputs: Biz_Invite_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Запрошення для ${i?.email} надіслано.`)
};

/**
* | output |
* | --- |
* | "Invitation to {email} is sent." |
*
* @param {Biz_Invite_SentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_invite_sent = /** @type {((inputs: Biz_Invite_SentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Invite_SentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_invite_sent(inputs)
	if (locale === "tr") return tr_biz_invite_sent(inputs)
	if (locale === "ar") return ar_biz_invite_sent(inputs)
	if (locale === "ru") return ru_biz_invite_sent(inputs)
	if (locale === "uk") return uk_biz_invite_sent(inputs)
	return de_biz_invite_sent(inputs)
});