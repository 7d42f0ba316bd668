/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Space_Type_RoomInputs */

const de_space_type_room = /** @type {(inputs: Space_Type_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raum`)
};

const en_space_type_room = /** @type {(inputs: Space_Type_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Room`)
};

const tr_space_type_room = /** @type {(inputs: Space_Type_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oda`)
};

const ar_space_type_room = /** @type {(inputs: Space_Type_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`غرفة`)
};

const ru_space_type_room = /** @type {(inputs: Space_Type_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Помещение`)
};

const uk_space_type_room = /** @type {(inputs: Space_Type_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Приміщення`)
};

/**
* | output |
* | --- |
* | "Room" |
*
* @param {Space_Type_RoomInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_type_room = /** @type {((inputs?: Space_Type_RoomInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_Type_RoomInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_space_type_room(inputs)
	if (locale === "tr") return tr_space_type_room(inputs)
	if (locale === "ar") return ar_space_type_room(inputs)
	if (locale === "ru") return ru_space_type_room(inputs)
	if (locale === "uk") return uk_space_type_room(inputs)
	return de_space_type_room(inputs)
});