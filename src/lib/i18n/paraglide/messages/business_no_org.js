/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Business_No_OrgInputs */

const de_business_no_org = /** @type {(inputs: Business_No_OrgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legen Sie zuerst Ihren Betrieb an. Das dauert zwei Minuten.`)
};

const en_business_no_org = /** @type {(inputs: Business_No_OrgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`First add your business. It takes two minutes.`)
};

const tr_business_no_org = /** @type {(inputs: Business_No_OrgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Önce işletmenizi ekleyin. İki dakika sürer.`)
};

const ar_business_no_org = /** @type {(inputs: Business_No_OrgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أضف منشأتك أولًا. يستغرق ذلك دقيقتين.`)
};

const ru_business_no_org = /** @type {(inputs: Business_No_OrgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сначала добавьте ваше предприятие. Это займёт две минуты.`)
};

const uk_business_no_org = /** @type {(inputs: Business_No_OrgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Спочатку додайте ваше підприємство. Це займе дві хвилини.`)
};

/**
* | output |
* | --- |
* | "First add your business. It takes two minutes." |
*
* @param {Business_No_OrgInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const business_no_org = /** @type {((inputs?: Business_No_OrgInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Business_No_OrgInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_business_no_org(inputs)
	if (locale === "tr") return tr_business_no_org(inputs)
	if (locale === "ar") return ar_business_no_org(inputs)
	if (locale === "ru") return ru_business_no_org(inputs)
	if (locale === "uk") return uk_business_no_org(inputs)
	return de_business_no_org(inputs)
});