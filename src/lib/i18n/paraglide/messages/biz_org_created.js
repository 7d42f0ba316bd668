/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Biz_Org_CreatedInputs */

const de_biz_org_created = /** @type {(inputs: Biz_Org_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Organisation ist angelegt. Jetzt können Sie Einträge erstellen.`)
};

const en_biz_org_created = /** @type {(inputs: Biz_Org_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organisation is created. Now you can make entries.`)
};

const tr_biz_org_created = /** @type {(inputs: Biz_Org_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kuruluşunuz oluşturuldu. Artık kayıt ekleyebilirsiniz.`)
};

const ar_biz_org_created = /** @type {(inputs: Biz_Org_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم إنشاء منظمتك. يمكنك الآن إضافة إدخالات.`)
};

const ru_biz_org_created = /** @type {(inputs: Biz_Org_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Организация создана. Теперь можно добавлять записи.`)
};

const uk_biz_org_created = /** @type {(inputs: Biz_Org_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Організацію створено. Тепер можна додавати записи.`)
};

/**
* | output |
* | --- |
* | "Your organisation is created. Now you can make entries." |
*
* @param {Biz_Org_CreatedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const biz_org_created = /** @type {((inputs?: Biz_Org_CreatedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Biz_Org_CreatedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return en_biz_org_created(inputs)
	if (locale === "tr") return tr_biz_org_created(inputs)
	if (locale === "ar") return ar_biz_org_created(inputs)
	if (locale === "ru") return ru_biz_org_created(inputs)
	if (locale === "uk") return uk_biz_org_created(inputs)
	return de_biz_org_created(inputs)
});