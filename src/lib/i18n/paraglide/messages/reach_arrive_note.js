/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Reach_Arrive_NoteInputs */

const de_reach_arrive_note = /** @type {(inputs: Reach_Arrive_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Minuten: wie lange vor ${i?.time} Uhr Sie losgehen müssen (mit Wartezeit am Ziel).`)
};

const en_reach_arrive_note = /** @type {(inputs: Reach_Arrive_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Minutes: how long before ${i?.time} you need to leave (including waiting at the destination).`)
};

const tr_reach_arrive_note = /** @type {(inputs: Reach_Arrive_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dakika: saat ${i?.time} öncesinde ne kadar erken çıkmanız gerektiği (varış yerinde bekleme dahil).`)
};

const ar_reach_arrive_note = /** @type {(inputs: Reach_Arrive_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`الدقائق: كم قبل الساعة ${i?.time} يجب أن تنطلق (مع الانتظار عند الوجهة).`)
};

const ru_reach_arrive_note = /** @type {(inputs: Reach_Arrive_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Минуты: за сколько до ${i?.time} нужно выйти (с ожиданием на месте).`)
};

const uk_reach_arrive_note = /** @type {(inputs: Reach_Arrive_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Хвилини: за скільки до ${i?.time} треба вийти (з очікуванням на місці).`)
};

/**
* | output |
* | --- |
* | "Minutes: how long before {time} you need to leave (including waiting at the destination)." |
*
* @param {Reach_Arrive_NoteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const reach_arrive_note = /** @type {((inputs: Reach_Arrive_NoteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reach_Arrive_NoteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_reach_arrive_note(inputs)
	if (locale === "tr") return tr_reach_arrive_note(inputs)
	if (locale === "ar") return ar_reach_arrive_note(inputs)
	if (locale === "ru") return ru_reach_arrive_note(inputs)
	if (locale === "uk") return uk_reach_arrive_note(inputs)
	return de_reach_arrive_note(inputs)
});