/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} App_TitleInputs */
/** @typedef {{}} App_TaglineInputs */
/** @typedef {{}} Meta_DescriptionInputs */
/** @typedef {{}} Skip_To_ContentInputs */
/** @typedef {{}} Skip_To_ListInputs */
/** @typedef {{}} Demo_BadgeInputs */
/** @typedef {{}} Demo_Badge_TitleInputs */
/** @typedef {{}} Demo_NoteInputs */
/** @typedef {{}} Language_LabelInputs */
/** @typedef {{}} Language_ApplyInputs */
/** @typedef {{}} Offline_BannerInputs */
/** @typedef {{}} Map_RegionInputs */
/** @typedef {{}} Map_LoadingInputs */
/** @typedef {{}} Map_FailedInputs */
/** @typedef {{}} Map_ControlsInputs */
/** @typedef {{}} Map_Zoom_InInputs */
/** @typedef {{}} Map_Zoom_OutInputs */
/** @typedef {{}} Map_Pan_NorthInputs */
/** @typedef {{}} Map_Pan_SouthInputs */
/** @typedef {{}} Map_Pan_WestInputs */
/** @typedef {{}} Map_Pan_EastInputs */
/** @typedef {{}} Map_Show_AllInputs */
/** @typedef {{ quarter: NonNullable<unknown> }} Map_Go_ToInputs */
/** @typedef {{}} Legend_TitleInputs */
/** @typedef {{}} Legend_QuarterInputs */
/** @typedef {{}} Legend_DistrictInputs */
/** @typedef {{}} Legend_StopInputs */
/** @typedef {{}} Legend_ClusterInputs */
/** @typedef {{}} Kind_VacancyInputs */
/** @typedef {{}} Kind_EmployerInputs */
/** @typedef {{}} Kind_Vacant_SpaceInputs */
/** @typedef {{}} Kind_Support_ServiceInputs */
/** @typedef {{}} Kind_Learning_PlaceInputs */
/** @typedef {{}} Kind_EventInputs */
/** @typedef {{}} Kind_Public_SpaceInputs */
/** @typedef {{}} Search_LabelInputs */
/** @typedef {{}} Search_PlaceholderInputs */
/** @typedef {{}} Search_SubmitInputs */
/** @typedef {{}} Filters_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Filters_ActiveInputs */
/** @typedef {{}} Filters_ApplyInputs */
/** @typedef {{}} Filters_ResetInputs */
/** @typedef {{}} Filter_KindInputs */
/** @typedef {{}} Filter_QuarterInputs */
/** @typedef {{}} Filter_Working_TimeInputs */
/** @typedef {{}} Wt_Full_TimeInputs */
/** @typedef {{}} Wt_Part_TimeInputs */
/** @typedef {{}} Wt_Mini_JobInputs */
/** @typedef {{}} Filter_GermanInputs */
/** @typedef {{}} German_AnyInputs */
/** @typedef {{}} German_NoneInputs */
/** @typedef {{}} Filter_NeedsInputs */
/** @typedef {{}} Filter_ChildcareInputs */
/** @typedef {{}} Filter_RefugeesInputs */
/** @typedef {{}} Filter_WheelchairInputs */
/** @typedef {{}} Filter_FreeInputs */
/** @typedef {{}} Filter_LanguagesInputs */
/** @typedef {{}} Filter_OpenInputs */
/** @typedef {{}} Open_AnyInputs */
/** @typedef {{}} Open_NowInputs */
/** @typedef {{}} Open_AtInputs */
/** @typedef {{}} Open_At_TimeInputs */
/** @typedef {{}} Filter_Event_DateInputs */
/** @typedef {{}} Event_FromInputs */
/** @typedef {{}} Event_ToInputs */
/** @typedef {{ count: NonNullable<unknown> }} Results_FoundInputs */
/** @typedef {{ count: NonNullable<unknown> }} Results_In_ViewInputs */
/** @typedef {{}} Results_NoneInputs */
/** @typedef {{}} Results_None_In_ViewInputs */
/** @typedef {{}} Results_TruncatedInputs */
/** @typedef {{}} Show_MoreInputs */
/** @typedef {{ title: NonNullable<unknown> }} Show_On_MapInputs */
/** @typedef {{}} Badge_OpenInputs */
/** @typedef {{}} Badge_ClosedInputs */
/** @typedef {{}} Outside_QuartersInputs */
/** @typedef {{ params: NonNullable<unknown> }} Notice_IgnoredInputs */
/** @typedef {{}} Sheet_More_ListInputs */
/** @typedef {{}} Sheet_More_MapInputs */
/** @typedef {{}} Footer_AccessibilityInputs */
/** @typedef {{}} Footer_SourcesInputs */
/** @typedef {{}} Back_To_MapInputs */
/** @typedef {{}} Place_DemoInputs */
/** @typedef {{}} Place_Only_GermanInputs */
/** @typedef {{}} Place_Easy_GermanInputs */
/** @typedef {{}} Place_WhereInputs */
/** @typedef {{}} Place_QuarterInputs */
/** @typedef {{}} Place_AddressInputs */
/** @typedef {{}} Place_HoursInputs */
/** @typedef {{}} Place_Open_NowInputs */
/** @typedef {{}} Place_Closed_NowInputs */
/** @typedef {{}} Hours_ClosedInputs */
/** @typedef {{}} Hours_As_GivenInputs */
/** @typedef {{}} Place_AccessInputs */
/** @typedef {{}} Wheelchair_YesInputs */
/** @typedef {{}} Wheelchair_LimitedInputs */
/** @typedef {{}} Wheelchair_NoInputs */
/** @typedef {{}} Wheelchair_UnknownInputs */
/** @typedef {{}} Place_LanguagesInputs */
/** @typedef {{}} Place_ContactInputs */
/** @typedef {{}} Place_CallInputs */
/** @typedef {{}} Place_WriteInputs */
/** @typedef {{}} Place_WebsiteInputs */
/** @typedef {{}} Place_OrganisationInputs */
/** @typedef {{}} Place_Next_StepsInputs */
/** @typedef {{}} Place_DetailsInputs */
/** @typedef {{}} Place_Working_TimeInputs */
/** @typedef {{ hours: NonNullable<unknown> }} Place_Hours_WeekInputs */
/** @typedef {{}} Place_GermanInputs */
/** @typedef {{}} Place_StartInputs */
/** @typedef {{}} Place_SalaryInputs */
/** @typedef {{}} Salary_HourInputs */
/** @typedef {{}} Salary_MonthInputs */
/** @typedef {{}} Salary_YearInputs */
/** @typedef {{}} Place_Fixed_TermInputs */
/** @typedef {{}} Place_ChildcareInputs */
/** @typedef {{}} Place_RefugeesInputs */
/** @typedef {{}} Place_Apply_UntilInputs */
/** @typedef {{}} Place_Space_TypeInputs */
/** @typedef {{}} Space_ShopInputs */
/** @typedef {{}} Space_OfficeInputs */
/** @typedef {{}} Space_RoomInputs */
/** @typedef {{}} Space_WorkshopInputs */
/** @typedef {{}} Space_OtherInputs */
/** @typedef {{}} Place_AreaInputs */
/** @typedef {{}} Place_RentInputs */
/** @typedef {{}} Place_Free_InterimInputs */
/** @typedef {{}} Place_AvailableInputs */
/** @typedef {{}} Place_Available_UntilInputs */
/** @typedef {{}} Place_Welcome_UsesInputs */
/** @typedef {{}} Place_EligibilityInputs */
/** @typedef {{}} Place_CostInputs */
/** @typedef {{}} Cost_FreeInputs */
/** @typedef {{}} Cost_ReducedInputs */
/** @typedef {{}} Cost_PaidInputs */
/** @typedef {{}} Place_DocumentsInputs */
/** @typedef {{}} Place_Appointment_NeededInputs */
/** @typedef {{}} Place_No_AppointmentInputs */
/** @typedef {{}} Place_WhenInputs */
/** @typedef {{}} Place_Registration_NeededInputs */
/** @typedef {{}} Place_No_RegistrationInputs */
/** @typedef {{}} Place_Next_ContactInputs */
/** @typedef {{}} YesInputs */
/** @typedef {{}} NoInputs */
/** @typedef {{}} Not_FoundInputs */
/** @typedef {{}} Error_TitleInputs */
/** @typedef {{}} A11y_TitleInputs */
/** @typedef {{}} A11y_Only_GermanInputs */
import * as __de from "./de.js"
import * as __en from "./en.js"
import * as __tr from "./tr.js"
import * as __ar from "./ar.js"
import * as __ru from "./ru.js"
import * as __uk from "./uk.js"
/**
* | output |
* | --- |
* | "Quartierkarte" |
*
* @param {App_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const app_title = /** @type {((inputs?: App_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.app_title(inputs)
	if (locale === "tr") return __tr.app_title(inputs)
	if (locale === "ar") return __ar.app_title(inputs)
	if (locale === "ru") return __ru.app_title(inputs)
	if (locale === "uk") return __uk.app_title(inputs)
	return __de.app_title(inputs)
});
/**
* | output |
* | --- |
* | "Work, spaces and help in Sennestadt, Sieker-Mitte and Baumheide" |
*
* @param {App_TaglineInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const app_tagline = /** @type {((inputs?: App_TaglineInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_TaglineInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.app_tagline(inputs)
	if (locale === "tr") return __tr.app_tagline(inputs)
	if (locale === "ar") return __ar.app_tagline(inputs)
	if (locale === "ru") return __ru.app_tagline(inputs)
	if (locale === "uk") return __uk.app_tagline(inputs)
	return __de.app_tagline(inputs)
});
/**
* | output |
* | --- |
* | "A map of opportunities in three Bielefeld neighbourhoods: jobs, employers, spaces, advice, learning places and events." |
*
* @param {Meta_DescriptionInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const meta_description = /** @type {((inputs?: Meta_DescriptionInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Meta_DescriptionInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.meta_description(inputs)
	if (locale === "tr") return __tr.meta_description(inputs)
	if (locale === "ar") return __ar.meta_description(inputs)
	if (locale === "ru") return __ru.meta_description(inputs)
	if (locale === "uk") return __uk.meta_description(inputs)
	return __de.meta_description(inputs)
});
/**
* | output |
* | --- |
* | "Skip to content" |
*
* @param {Skip_To_ContentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const skip_to_content = /** @type {((inputs?: Skip_To_ContentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Skip_To_ContentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.skip_to_content(inputs)
	if (locale === "tr") return __tr.skip_to_content(inputs)
	if (locale === "ar") return __ar.skip_to_content(inputs)
	if (locale === "ru") return __ru.skip_to_content(inputs)
	if (locale === "uk") return __uk.skip_to_content(inputs)
	return __de.skip_to_content(inputs)
});
/**
* | output |
* | --- |
* | "Skip to the list" |
*
* @param {Skip_To_ListInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const skip_to_list = /** @type {((inputs?: Skip_To_ListInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Skip_To_ListInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.skip_to_list(inputs)
	if (locale === "tr") return __tr.skip_to_list(inputs)
	if (locale === "ar") return __ar.skip_to_list(inputs)
	if (locale === "ru") return __ru.skip_to_list(inputs)
	if (locale === "uk") return __uk.skip_to_list(inputs)
	return __de.skip_to_list(inputs)
});
/**
* | output |
* | --- |
* | "Demo data" |
*
* @param {Demo_BadgeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const demo_badge = /** @type {((inputs?: Demo_BadgeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Demo_BadgeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.demo_badge(inputs)
	if (locale === "tr") return __tr.demo_badge(inputs)
	if (locale === "ar") return __ar.demo_badge(inputs)
	if (locale === "ru") return __ru.demo_badge(inputs)
	if (locale === "uk") return __uk.demo_badge(inputs)
	return __de.demo_badge(inputs)
});
/**
* | output |
* | --- |
* | "All entries are made up" |
*
* @param {Demo_Badge_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const demo_badge_title = /** @type {((inputs?: Demo_Badge_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Demo_Badge_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.demo_badge_title(inputs)
	if (locale === "tr") return __tr.demo_badge_title(inputs)
	if (locale === "ar") return __ar.demo_badge_title(inputs)
	if (locale === "ru") return __ru.demo_badge_title(inputs)
	if (locale === "uk") return __uk.demo_badge_title(inputs)
	return __de.demo_badge_title(inputs)
});
/**
* | output |
* | --- |
* | "Demo data: employers, jobs, spaces and events are made up." |
*
* @param {Demo_NoteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const demo_note = /** @type {((inputs?: Demo_NoteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Demo_NoteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.demo_note(inputs)
	if (locale === "tr") return __tr.demo_note(inputs)
	if (locale === "ar") return __ar.demo_note(inputs)
	if (locale === "ru") return __ru.demo_note(inputs)
	if (locale === "uk") return __uk.demo_note(inputs)
	return __de.demo_note(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_LabelInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const language_label = /** @type {((inputs?: Language_LabelInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_LabelInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.language_label(inputs)
	if (locale === "tr") return __tr.language_label(inputs)
	if (locale === "ar") return __ar.language_label(inputs)
	if (locale === "ru") return __ru.language_label(inputs)
	if (locale === "uk") return __uk.language_label(inputs)
	return __de.language_label(inputs)
});
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Language_ApplyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const language_apply = /** @type {((inputs?: Language_ApplyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_ApplyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.language_apply(inputs)
	if (locale === "tr") return __tr.language_apply(inputs)
	if (locale === "ar") return __ar.language_apply(inputs)
	if (locale === "ru") return __ru.language_apply(inputs)
	if (locale === "uk") return __uk.language_apply(inputs)
	return __de.language_apply(inputs)
});
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
	if (locale === "en") return __en.offline_banner(inputs)
	if (locale === "tr") return __tr.offline_banner(inputs)
	if (locale === "ar") return __ar.offline_banner(inputs)
	if (locale === "ru") return __ru.offline_banner(inputs)
	if (locale === "uk") return __uk.offline_banner(inputs)
	return __de.offline_banner(inputs)
});
/**
* | output |
* | --- |
* | "Map" |
*
* @param {Map_RegionInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_region = /** @type {((inputs?: Map_RegionInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_RegionInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_region(inputs)
	if (locale === "tr") return __tr.map_region(inputs)
	if (locale === "ar") return __ar.map_region(inputs)
	if (locale === "ru") return __ru.map_region(inputs)
	if (locale === "uk") return __uk.map_region(inputs)
	return __de.map_region(inputs)
});
/**
* | output |
* | --- |
* | "Loading the map …" |
*
* @param {Map_LoadingInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_loading = /** @type {((inputs?: Map_LoadingInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_LoadingInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_loading(inputs)
	if (locale === "tr") return __tr.map_loading(inputs)
	if (locale === "ar") return __ar.map_loading(inputs)
	if (locale === "ru") return __ru.map_loading(inputs)
	if (locale === "uk") return __uk.map_loading(inputs)
	return __de.map_loading(inputs)
});
/**
* | output |
* | --- |
* | "The map could not be loaded. The list shows all places." |
*
* @param {Map_FailedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_failed = /** @type {((inputs?: Map_FailedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_FailedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_failed(inputs)
	if (locale === "tr") return __tr.map_failed(inputs)
	if (locale === "ar") return __ar.map_failed(inputs)
	if (locale === "ru") return __ru.map_failed(inputs)
	if (locale === "uk") return __uk.map_failed(inputs)
	return __de.map_failed(inputs)
});
/**
* | output |
* | --- |
* | "Map controls" |
*
* @param {Map_ControlsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_controls = /** @type {((inputs?: Map_ControlsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_ControlsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_controls(inputs)
	if (locale === "tr") return __tr.map_controls(inputs)
	if (locale === "ar") return __ar.map_controls(inputs)
	if (locale === "ru") return __ru.map_controls(inputs)
	if (locale === "uk") return __uk.map_controls(inputs)
	return __de.map_controls(inputs)
});
/**
* | output |
* | --- |
* | "Zoom in" |
*
* @param {Map_Zoom_InInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_zoom_in = /** @type {((inputs?: Map_Zoom_InInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Zoom_InInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_zoom_in(inputs)
	if (locale === "tr") return __tr.map_zoom_in(inputs)
	if (locale === "ar") return __ar.map_zoom_in(inputs)
	if (locale === "ru") return __ru.map_zoom_in(inputs)
	if (locale === "uk") return __uk.map_zoom_in(inputs)
	return __de.map_zoom_in(inputs)
});
/**
* | output |
* | --- |
* | "Zoom out" |
*
* @param {Map_Zoom_OutInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_zoom_out = /** @type {((inputs?: Map_Zoom_OutInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Zoom_OutInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_zoom_out(inputs)
	if (locale === "tr") return __tr.map_zoom_out(inputs)
	if (locale === "ar") return __ar.map_zoom_out(inputs)
	if (locale === "ru") return __ru.map_zoom_out(inputs)
	if (locale === "uk") return __uk.map_zoom_out(inputs)
	return __de.map_zoom_out(inputs)
});
/**
* | output |
* | --- |
* | "Move north" |
*
* @param {Map_Pan_NorthInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_pan_north = /** @type {((inputs?: Map_Pan_NorthInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Pan_NorthInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_pan_north(inputs)
	if (locale === "tr") return __tr.map_pan_north(inputs)
	if (locale === "ar") return __ar.map_pan_north(inputs)
	if (locale === "ru") return __ru.map_pan_north(inputs)
	if (locale === "uk") return __uk.map_pan_north(inputs)
	return __de.map_pan_north(inputs)
});
/**
* | output |
* | --- |
* | "Move south" |
*
* @param {Map_Pan_SouthInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_pan_south = /** @type {((inputs?: Map_Pan_SouthInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Pan_SouthInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_pan_south(inputs)
	if (locale === "tr") return __tr.map_pan_south(inputs)
	if (locale === "ar") return __ar.map_pan_south(inputs)
	if (locale === "ru") return __ru.map_pan_south(inputs)
	if (locale === "uk") return __uk.map_pan_south(inputs)
	return __de.map_pan_south(inputs)
});
/**
* | output |
* | --- |
* | "Move west" |
*
* @param {Map_Pan_WestInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_pan_west = /** @type {((inputs?: Map_Pan_WestInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Pan_WestInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_pan_west(inputs)
	if (locale === "tr") return __tr.map_pan_west(inputs)
	if (locale === "ar") return __ar.map_pan_west(inputs)
	if (locale === "ru") return __ru.map_pan_west(inputs)
	if (locale === "uk") return __uk.map_pan_west(inputs)
	return __de.map_pan_west(inputs)
});
/**
* | output |
* | --- |
* | "Move east" |
*
* @param {Map_Pan_EastInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_pan_east = /** @type {((inputs?: Map_Pan_EastInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Pan_EastInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_pan_east(inputs)
	if (locale === "tr") return __tr.map_pan_east(inputs)
	if (locale === "ar") return __ar.map_pan_east(inputs)
	if (locale === "ru") return __ru.map_pan_east(inputs)
	if (locale === "uk") return __uk.map_pan_east(inputs)
	return __de.map_pan_east(inputs)
});
/**
* | output |
* | --- |
* | "All three areas" |
*
* @param {Map_Show_AllInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_show_all = /** @type {((inputs?: Map_Show_AllInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Show_AllInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_show_all(inputs)
	if (locale === "tr") return __tr.map_show_all(inputs)
	if (locale === "ar") return __ar.map_show_all(inputs)
	if (locale === "ru") return __ru.map_show_all(inputs)
	if (locale === "uk") return __uk.map_show_all(inputs)
	return __de.map_show_all(inputs)
});
/**
* | output |
* | --- |
* | "Show {quarter} on the map" |
*
* @param {Map_Go_ToInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const map_go_to = /** @type {((inputs: Map_Go_ToInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Go_ToInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.map_go_to(inputs)
	if (locale === "tr") return __tr.map_go_to(inputs)
	if (locale === "ar") return __ar.map_go_to(inputs)
	if (locale === "ru") return __ru.map_go_to(inputs)
	if (locale === "uk") return __uk.map_go_to(inputs)
	return __de.map_go_to(inputs)
});
/**
* | output |
* | --- |
* | "Legend" |
*
* @param {Legend_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_title = /** @type {((inputs?: Legend_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.legend_title(inputs)
	if (locale === "tr") return __tr.legend_title(inputs)
	if (locale === "ar") return __ar.legend_title(inputs)
	if (locale === "ru") return __ru.legend_title(inputs)
	if (locale === "uk") return __uk.legend_title(inputs)
	return __de.legend_title(inputs)
});
/**
* | output |
* | --- |
* | "Neighbourhood boundary" |
*
* @param {Legend_QuarterInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_quarter = /** @type {((inputs?: Legend_QuarterInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_QuarterInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.legend_quarter(inputs)
	if (locale === "tr") return __tr.legend_quarter(inputs)
	if (locale === "ar") return __ar.legend_quarter(inputs)
	if (locale === "ru") return __ru.legend_quarter(inputs)
	if (locale === "uk") return __uk.legend_quarter(inputs)
	return __de.legend_quarter(inputs)
});
/**
* | output |
* | --- |
* | "District boundary" |
*
* @param {Legend_DistrictInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_district = /** @type {((inputs?: Legend_DistrictInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_DistrictInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.legend_district(inputs)
	if (locale === "tr") return __tr.legend_district(inputs)
	if (locale === "ar") return __ar.legend_district(inputs)
	if (locale === "ru") return __ru.legend_district(inputs)
	if (locale === "uk") return __uk.legend_district(inputs)
	return __de.legend_district(inputs)
});
/**
* | output |
* | --- |
* | "Bus or tram stop" |
*
* @param {Legend_StopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_stop = /** @type {((inputs?: Legend_StopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_StopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.legend_stop(inputs)
	if (locale === "tr") return __tr.legend_stop(inputs)
	if (locale === "ar") return __ar.legend_stop(inputs)
	if (locale === "ru") return __ru.legend_stop(inputs)
	if (locale === "uk") return __uk.legend_stop(inputs)
	return __de.legend_stop(inputs)
});
/**
* | output |
* | --- |
* | "Several places (tap to zoom in)" |
*
* @param {Legend_ClusterInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const legend_cluster = /** @type {((inputs?: Legend_ClusterInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_ClusterInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.legend_cluster(inputs)
	if (locale === "tr") return __tr.legend_cluster(inputs)
	if (locale === "ar") return __ar.legend_cluster(inputs)
	if (locale === "ru") return __ru.legend_cluster(inputs)
	if (locale === "uk") return __uk.legend_cluster(inputs)
	return __de.legend_cluster(inputs)
});
/**
* | output |
* | --- |
* | "Job offers" |
*
* @param {Kind_VacancyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_vacancy = /** @type {((inputs?: Kind_VacancyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_VacancyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kind_vacancy(inputs)
	if (locale === "tr") return __tr.kind_vacancy(inputs)
	if (locale === "ar") return __ar.kind_vacancy(inputs)
	if (locale === "ru") return __ru.kind_vacancy(inputs)
	if (locale === "uk") return __uk.kind_vacancy(inputs)
	return __de.kind_vacancy(inputs)
});
/**
* | output |
* | --- |
* | "Employers" |
*
* @param {Kind_EmployerInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_employer = /** @type {((inputs?: Kind_EmployerInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_EmployerInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kind_employer(inputs)
	if (locale === "tr") return __tr.kind_employer(inputs)
	if (locale === "ar") return __ar.kind_employer(inputs)
	if (locale === "ru") return __ru.kind_employer(inputs)
	if (locale === "uk") return __uk.kind_employer(inputs)
	return __de.kind_employer(inputs)
});
/**
* | output |
* | --- |
* | "Empty shops & rooms" |
*
* @param {Kind_Vacant_SpaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_vacant_space = /** @type {((inputs?: Kind_Vacant_SpaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Vacant_SpaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kind_vacant_space(inputs)
	if (locale === "tr") return __tr.kind_vacant_space(inputs)
	if (locale === "ar") return __ar.kind_vacant_space(inputs)
	if (locale === "ru") return __ru.kind_vacant_space(inputs)
	if (locale === "uk") return __uk.kind_vacant_space(inputs)
	return __de.kind_vacant_space(inputs)
});
/**
* | output |
* | --- |
* | "Advice & help" |
*
* @param {Kind_Support_ServiceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_support_service = /** @type {((inputs?: Kind_Support_ServiceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Support_ServiceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kind_support_service(inputs)
	if (locale === "tr") return __tr.kind_support_service(inputs)
	if (locale === "ar") return __ar.kind_support_service(inputs)
	if (locale === "ru") return __ru.kind_support_service(inputs)
	if (locale === "uk") return __uk.kind_support_service(inputs)
	return __de.kind_support_service(inputs)
});
/**
* | output |
* | --- |
* | "Learning & Wi-Fi" |
*
* @param {Kind_Learning_PlaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_learning_place = /** @type {((inputs?: Kind_Learning_PlaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Learning_PlaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kind_learning_place(inputs)
	if (locale === "tr") return __tr.kind_learning_place(inputs)
	if (locale === "ar") return __ar.kind_learning_place(inputs)
	if (locale === "ru") return __ru.kind_learning_place(inputs)
	if (locale === "uk") return __uk.kind_learning_place(inputs)
	return __de.kind_learning_place(inputs)
});
/**
* | output |
* | --- |
* | "Events" |
*
* @param {Kind_EventInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_event = /** @type {((inputs?: Kind_EventInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_EventInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kind_event(inputs)
	if (locale === "tr") return __tr.kind_event(inputs)
	if (locale === "ar") return __ar.kind_event(inputs)
	if (locale === "ru") return __ru.kind_event(inputs)
	if (locale === "uk") return __uk.kind_event(inputs)
	return __de.kind_event(inputs)
});
/**
* | output |
* | --- |
* | "Public places" |
*
* @param {Kind_Public_SpaceInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const kind_public_space = /** @type {((inputs?: Kind_Public_SpaceInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Public_SpaceInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kind_public_space(inputs)
	if (locale === "tr") return __tr.kind_public_space(inputs)
	if (locale === "ar") return __ar.kind_public_space(inputs)
	if (locale === "ru") return __ru.kind_public_space(inputs)
	if (locale === "uk") return __uk.kind_public_space(inputs)
	return __de.kind_public_space(inputs)
});
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Search_LabelInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const search_label = /** @type {((inputs?: Search_LabelInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_LabelInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.search_label(inputs)
	if (locale === "tr") return __tr.search_label(inputs)
	if (locale === "ar") return __ar.search_label(inputs)
	if (locale === "ru") return __ru.search_label(inputs)
	if (locale === "uk") return __uk.search_label(inputs)
	return __de.search_label(inputs)
});
/**
* | output |
* | --- |
* | "Job, company, advice …" |
*
* @param {Search_PlaceholderInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const search_placeholder = /** @type {((inputs?: Search_PlaceholderInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_PlaceholderInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.search_placeholder(inputs)
	if (locale === "tr") return __tr.search_placeholder(inputs)
	if (locale === "ar") return __ar.search_placeholder(inputs)
	if (locale === "ru") return __ru.search_placeholder(inputs)
	if (locale === "uk") return __uk.search_placeholder(inputs)
	return __de.search_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Search_SubmitInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const search_submit = /** @type {((inputs?: Search_SubmitInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_SubmitInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.search_submit(inputs)
	if (locale === "tr") return __tr.search_submit(inputs)
	if (locale === "ar") return __ar.search_submit(inputs)
	if (locale === "ru") return __ru.search_submit(inputs)
	if (locale === "uk") return __uk.search_submit(inputs)
	return __de.search_submit(inputs)
});
/**
* | output |
* | --- |
* | "Filters" |
*
* @param {Filters_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filters_title = /** @type {((inputs?: Filters_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filters_title(inputs)
	if (locale === "tr") return __tr.filters_title(inputs)
	if (locale === "ar") return __ar.filters_title(inputs)
	if (locale === "ru") return __ru.filters_title(inputs)
	if (locale === "uk") return __uk.filters_title(inputs)
	return __de.filters_title(inputs)
});
/**
* | output |
* | --- |
* | "active: {count}" |
*
* @param {Filters_ActiveInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filters_active = /** @type {((inputs: Filters_ActiveInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_ActiveInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filters_active(inputs)
	if (locale === "tr") return __tr.filters_active(inputs)
	if (locale === "ar") return __ar.filters_active(inputs)
	if (locale === "ru") return __ru.filters_active(inputs)
	if (locale === "uk") return __uk.filters_active(inputs)
	return __de.filters_active(inputs)
});
/**
* | output |
* | --- |
* | "Apply" |
*
* @param {Filters_ApplyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filters_apply = /** @type {((inputs?: Filters_ApplyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_ApplyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filters_apply(inputs)
	if (locale === "tr") return __tr.filters_apply(inputs)
	if (locale === "ar") return __ar.filters_apply(inputs)
	if (locale === "ru") return __ru.filters_apply(inputs)
	if (locale === "uk") return __uk.filters_apply(inputs)
	return __de.filters_apply(inputs)
});
/**
* | output |
* | --- |
* | "Clear all filters" |
*
* @param {Filters_ResetInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filters_reset = /** @type {((inputs?: Filters_ResetInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_ResetInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filters_reset(inputs)
	if (locale === "tr") return __tr.filters_reset(inputs)
	if (locale === "ar") return __ar.filters_reset(inputs)
	if (locale === "ru") return __ru.filters_reset(inputs)
	if (locale === "uk") return __uk.filters_reset(inputs)
	return __de.filters_reset(inputs)
});
/**
* | output |
* | --- |
* | "What are you looking for?" |
*
* @param {Filter_KindInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_kind = /** @type {((inputs?: Filter_KindInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_KindInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_kind(inputs)
	if (locale === "tr") return __tr.filter_kind(inputs)
	if (locale === "ar") return __ar.filter_kind(inputs)
	if (locale === "ru") return __ru.filter_kind(inputs)
	if (locale === "uk") return __uk.filter_kind(inputs)
	return __de.filter_kind(inputs)
});
/**
* | output |
* | --- |
* | "Neighbourhood" |
*
* @param {Filter_QuarterInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_quarter = /** @type {((inputs?: Filter_QuarterInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_QuarterInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_quarter(inputs)
	if (locale === "tr") return __tr.filter_quarter(inputs)
	if (locale === "ar") return __ar.filter_quarter(inputs)
	if (locale === "ru") return __ru.filter_quarter(inputs)
	if (locale === "uk") return __uk.filter_quarter(inputs)
	return __de.filter_quarter(inputs)
});
/**
* | output |
* | --- |
* | "Working time" |
*
* @param {Filter_Working_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_working_time = /** @type {((inputs?: Filter_Working_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Working_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_working_time(inputs)
	if (locale === "tr") return __tr.filter_working_time(inputs)
	if (locale === "ar") return __ar.filter_working_time(inputs)
	if (locale === "ru") return __ru.filter_working_time(inputs)
	if (locale === "uk") return __uk.filter_working_time(inputs)
	return __de.filter_working_time(inputs)
});
/**
* | output |
* | --- |
* | "Full-time" |
*
* @param {Wt_Full_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wt_full_time = /** @type {((inputs?: Wt_Full_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wt_Full_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.wt_full_time(inputs)
	if (locale === "tr") return __tr.wt_full_time(inputs)
	if (locale === "ar") return __ar.wt_full_time(inputs)
	if (locale === "ru") return __ru.wt_full_time(inputs)
	if (locale === "uk") return __uk.wt_full_time(inputs)
	return __de.wt_full_time(inputs)
});
/**
* | output |
* | --- |
* | "Part-time" |
*
* @param {Wt_Part_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wt_part_time = /** @type {((inputs?: Wt_Part_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wt_Part_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.wt_part_time(inputs)
	if (locale === "tr") return __tr.wt_part_time(inputs)
	if (locale === "ar") return __ar.wt_part_time(inputs)
	if (locale === "ru") return __ru.wt_part_time(inputs)
	if (locale === "uk") return __uk.wt_part_time(inputs)
	return __de.wt_part_time(inputs)
});
/**
* | output |
* | --- |
* | "Mini-job" |
*
* @param {Wt_Mini_JobInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wt_mini_job = /** @type {((inputs?: Wt_Mini_JobInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wt_Mini_JobInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.wt_mini_job(inputs)
	if (locale === "tr") return __tr.wt_mini_job(inputs)
	if (locale === "ar") return __ar.wt_mini_job(inputs)
	if (locale === "ru") return __ru.wt_mini_job(inputs)
	if (locale === "uk") return __uk.wt_mini_job(inputs)
	return __de.wt_mini_job(inputs)
});
/**
* | output |
* | --- |
* | "German: at most needed" |
*
* @param {Filter_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_german = /** @type {((inputs?: Filter_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_german(inputs)
	if (locale === "tr") return __tr.filter_german(inputs)
	if (locale === "ar") return __ar.filter_german(inputs)
	if (locale === "ru") return __ru.filter_german(inputs)
	if (locale === "uk") return __uk.filter_german(inputs)
	return __de.filter_german(inputs)
});
/**
* | output |
* | --- |
* | "any" |
*
* @param {German_AnyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_any = /** @type {((inputs?: German_AnyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_AnyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.german_any(inputs)
	if (locale === "tr") return __tr.german_any(inputs)
	if (locale === "ar") return __ar.german_any(inputs)
	if (locale === "ru") return __ru.german_any(inputs)
	if (locale === "uk") return __uk.german_any(inputs)
	return __de.german_any(inputs)
});
/**
* | output |
* | --- |
* | "no German needed" |
*
* @param {German_NoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const german_none = /** @type {((inputs?: German_NoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<German_NoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.german_none(inputs)
	if (locale === "tr") return __tr.german_none(inputs)
	if (locale === "ar") return __ar.german_none(inputs)
	if (locale === "ru") return __ru.german_none(inputs)
	if (locale === "uk") return __uk.german_none(inputs)
	return __de.german_none(inputs)
});
/**
* | output |
* | --- |
* | "What matters to me" |
*
* @param {Filter_NeedsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_needs = /** @type {((inputs?: Filter_NeedsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_NeedsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_needs(inputs)
	if (locale === "tr") return __tr.filter_needs(inputs)
	if (locale === "ar") return __ar.filter_needs(inputs)
	if (locale === "ru") return __ru.filter_needs(inputs)
	if (locale === "uk") return __uk.filter_needs(inputs)
	return __de.filter_needs(inputs)
});
/**
* | output |
* | --- |
* | "Working hours that fit childcare" |
*
* @param {Filter_ChildcareInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_childcare = /** @type {((inputs?: Filter_ChildcareInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_ChildcareInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_childcare(inputs)
	if (locale === "tr") return __tr.filter_childcare(inputs)
	if (locale === "ar") return __ar.filter_childcare(inputs)
	if (locale === "ru") return __ru.filter_childcare(inputs)
	if (locale === "uk") return __uk.filter_childcare(inputs)
	return __de.filter_childcare(inputs)
});
/**
* | output |
* | --- |
* | "Suitable for refugees" |
*
* @param {Filter_RefugeesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_refugees = /** @type {((inputs?: Filter_RefugeesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_RefugeesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_refugees(inputs)
	if (locale === "tr") return __tr.filter_refugees(inputs)
	if (locale === "ar") return __ar.filter_refugees(inputs)
	if (locale === "ru") return __ru.filter_refugees(inputs)
	if (locale === "uk") return __uk.filter_refugees(inputs)
	return __de.filter_refugees(inputs)
});
/**
* | output |
* | --- |
* | "Wheelchair accessible" |
*
* @param {Filter_WheelchairInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_wheelchair = /** @type {((inputs?: Filter_WheelchairInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_WheelchairInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_wheelchair(inputs)
	if (locale === "tr") return __tr.filter_wheelchair(inputs)
	if (locale === "ar") return __ar.filter_wheelchair(inputs)
	if (locale === "ru") return __ru.filter_wheelchair(inputs)
	if (locale === "uk") return __uk.filter_wheelchair(inputs)
	return __de.filter_wheelchair(inputs)
});
/**
* | output |
* | --- |
* | "Free of charge (advice, learning)" |
*
* @param {Filter_FreeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_free = /** @type {((inputs?: Filter_FreeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_FreeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_free(inputs)
	if (locale === "tr") return __tr.filter_free(inputs)
	if (locale === "ar") return __ar.filter_free(inputs)
	if (locale === "ru") return __ru.filter_free(inputs)
	if (locale === "uk") return __uk.filter_free(inputs)
	return __de.filter_free(inputs)
});
/**
* | output |
* | --- |
* | "Languages spoken there" |
*
* @param {Filter_LanguagesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_languages = /** @type {((inputs?: Filter_LanguagesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_LanguagesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_languages(inputs)
	if (locale === "tr") return __tr.filter_languages(inputs)
	if (locale === "ar") return __ar.filter_languages(inputs)
	if (locale === "ru") return __ru.filter_languages(inputs)
	if (locale === "uk") return __uk.filter_languages(inputs)
	return __de.filter_languages(inputs)
});
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Filter_OpenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_open = /** @type {((inputs?: Filter_OpenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_OpenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_open(inputs)
	if (locale === "tr") return __tr.filter_open(inputs)
	if (locale === "ar") return __ar.filter_open(inputs)
	if (locale === "ru") return __ru.filter_open(inputs)
	if (locale === "uk") return __uk.filter_open(inputs)
	return __de.filter_open(inputs)
});
/**
* | output |
* | --- |
* | "any time" |
*
* @param {Open_AnyInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const open_any = /** @type {((inputs?: Open_AnyInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_AnyInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.open_any(inputs)
	if (locale === "tr") return __tr.open_any(inputs)
	if (locale === "ar") return __ar.open_any(inputs)
	if (locale === "ru") return __ru.open_any(inputs)
	if (locale === "uk") return __uk.open_any(inputs)
	return __de.open_any(inputs)
});
/**
* | output |
* | --- |
* | "now" |
*
* @param {Open_NowInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const open_now = /** @type {((inputs?: Open_NowInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_NowInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.open_now(inputs)
	if (locale === "tr") return __tr.open_now(inputs)
	if (locale === "ar") return __ar.open_now(inputs)
	if (locale === "ru") return __ru.open_now(inputs)
	if (locale === "uk") return __uk.open_now(inputs)
	return __de.open_now(inputs)
});
/**
* | output |
* | --- |
* | "on …" |
*
* @param {Open_AtInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const open_at = /** @type {((inputs?: Open_AtInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_AtInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.open_at(inputs)
	if (locale === "tr") return __tr.open_at(inputs)
	if (locale === "ar") return __ar.open_at(inputs)
	if (locale === "ru") return __ru.open_at(inputs)
	if (locale === "uk") return __uk.open_at(inputs)
	return __de.open_at(inputs)
});
/**
* | output |
* | --- |
* | "Day and time" |
*
* @param {Open_At_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const open_at_time = /** @type {((inputs?: Open_At_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_At_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.open_at_time(inputs)
	if (locale === "tr") return __tr.open_at_time(inputs)
	if (locale === "ar") return __ar.open_at_time(inputs)
	if (locale === "ru") return __ru.open_at_time(inputs)
	if (locale === "uk") return __uk.open_at_time(inputs)
	return __de.open_at_time(inputs)
});
/**
* | output |
* | --- |
* | "Events" |
*
* @param {Filter_Event_DateInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const filter_event_date = /** @type {((inputs?: Filter_Event_DateInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Event_DateInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_event_date(inputs)
	if (locale === "tr") return __tr.filter_event_date(inputs)
	if (locale === "ar") return __ar.filter_event_date(inputs)
	if (locale === "ru") return __ru.filter_event_date(inputs)
	if (locale === "uk") return __uk.filter_event_date(inputs)
	return __de.filter_event_date(inputs)
});
/**
* | output |
* | --- |
* | "from" |
*
* @param {Event_FromInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_from = /** @type {((inputs?: Event_FromInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_FromInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.event_from(inputs)
	if (locale === "tr") return __tr.event_from(inputs)
	if (locale === "ar") return __ar.event_from(inputs)
	if (locale === "ru") return __ru.event_from(inputs)
	if (locale === "uk") return __uk.event_from(inputs)
	return __de.event_from(inputs)
});
/**
* | output |
* | --- |
* | "to" |
*
* @param {Event_ToInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const event_to = /** @type {((inputs?: Event_ToInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_ToInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.event_to(inputs)
	if (locale === "tr") return __tr.event_to(inputs)
	if (locale === "ar") return __ar.event_to(inputs)
	if (locale === "ru") return __ru.event_to(inputs)
	if (locale === "uk") return __uk.event_to(inputs)
	return __de.event_to(inputs)
});
/**
* | output |
* | --- |
* | "Found: {count}" |
*
* @param {Results_FoundInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_found = /** @type {((inputs: Results_FoundInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_FoundInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.results_found(inputs)
	if (locale === "tr") return __tr.results_found(inputs)
	if (locale === "ar") return __ar.results_found(inputs)
	if (locale === "ru") return __ru.results_found(inputs)
	if (locale === "uk") return __uk.results_found(inputs)
	return __de.results_found(inputs)
});
/**
* | output |
* | --- |
* | "On the map: {count}" |
*
* @param {Results_In_ViewInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_in_view = /** @type {((inputs: Results_In_ViewInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_In_ViewInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.results_in_view(inputs)
	if (locale === "tr") return __tr.results_in_view(inputs)
	if (locale === "ar") return __ar.results_in_view(inputs)
	if (locale === "ru") return __ru.results_in_view(inputs)
	if (locale === "uk") return __uk.results_in_view(inputs)
	return __de.results_in_view(inputs)
});
/**
* | output |
* | --- |
* | "No places for these filters. Choose fewer filters." |
*
* @param {Results_NoneInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_none = /** @type {((inputs?: Results_NoneInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_NoneInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.results_none(inputs)
	if (locale === "tr") return __tr.results_none(inputs)
	if (locale === "ar") return __ar.results_none(inputs)
	if (locale === "ru") return __ru.results_none(inputs)
	if (locale === "uk") return __uk.results_none(inputs)
	return __de.results_none(inputs)
});
/**
* | output |
* | --- |
* | "Nothing in this part of the map. Move the map or zoom out." |
*
* @param {Results_None_In_ViewInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_none_in_view = /** @type {((inputs?: Results_None_In_ViewInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_None_In_ViewInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.results_none_in_view(inputs)
	if (locale === "tr") return __tr.results_none_in_view(inputs)
	if (locale === "ar") return __ar.results_none_in_view(inputs)
	if (locale === "ru") return __ru.results_none_in_view(inputs)
	if (locale === "uk") return __uk.results_none_in_view(inputs)
	return __de.results_none_in_view(inputs)
});
/**
* | output |
* | --- |
* | "There are more results than shown. Choose filters." |
*
* @param {Results_TruncatedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const results_truncated = /** @type {((inputs?: Results_TruncatedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Results_TruncatedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.results_truncated(inputs)
	if (locale === "tr") return __tr.results_truncated(inputs)
	if (locale === "ar") return __ar.results_truncated(inputs)
	if (locale === "ru") return __ru.results_truncated(inputs)
	if (locale === "uk") return __uk.results_truncated(inputs)
	return __de.results_truncated(inputs)
});
/**
* | output |
* | --- |
* | "Show more" |
*
* @param {Show_MoreInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const show_more = /** @type {((inputs?: Show_MoreInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Show_MoreInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.show_more(inputs)
	if (locale === "tr") return __tr.show_more(inputs)
	if (locale === "ar") return __ar.show_more(inputs)
	if (locale === "ru") return __ru.show_more(inputs)
	if (locale === "uk") return __uk.show_more(inputs)
	return __de.show_more(inputs)
});
/**
* | output |
* | --- |
* | "Show on the map: {title}" |
*
* @param {Show_On_MapInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const show_on_map = /** @type {((inputs: Show_On_MapInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Show_On_MapInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.show_on_map(inputs)
	if (locale === "tr") return __tr.show_on_map(inputs)
	if (locale === "ar") return __ar.show_on_map(inputs)
	if (locale === "ru") return __ru.show_on_map(inputs)
	if (locale === "uk") return __uk.show_on_map(inputs)
	return __de.show_on_map(inputs)
});
/**
* | output |
* | --- |
* | "open" |
*
* @param {Badge_OpenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const badge_open = /** @type {((inputs?: Badge_OpenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_OpenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.badge_open(inputs)
	if (locale === "tr") return __tr.badge_open(inputs)
	if (locale === "ar") return __ar.badge_open(inputs)
	if (locale === "ru") return __ru.badge_open(inputs)
	if (locale === "uk") return __uk.badge_open(inputs)
	return __de.badge_open(inputs)
});
/**
* | output |
* | --- |
* | "closed" |
*
* @param {Badge_ClosedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const badge_closed = /** @type {((inputs?: Badge_ClosedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_ClosedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.badge_closed(inputs)
	if (locale === "tr") return __tr.badge_closed(inputs)
	if (locale === "ar") return __ar.badge_closed(inputs)
	if (locale === "ru") return __ru.badge_closed(inputs)
	if (locale === "uk") return __uk.badge_closed(inputs)
	return __de.badge_closed(inputs)
});
/**
* | output |
* | --- |
* | "outside the neighbourhoods" |
*
* @param {Outside_QuartersInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const outside_quarters = /** @type {((inputs?: Outside_QuartersInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outside_QuartersInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.outside_quarters(inputs)
	if (locale === "tr") return __tr.outside_quarters(inputs)
	if (locale === "ar") return __ar.outside_quarters(inputs)
	if (locale === "ru") return __ru.outside_quarters(inputs)
	if (locale === "uk") return __uk.outside_quarters(inputs)
	return __de.outside_quarters(inputs)
});
/**
* | output |
* | --- |
* | "These parts of the link were not valid and were ignored: {params}" |
*
* @param {Notice_IgnoredInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const notice_ignored = /** @type {((inputs: Notice_IgnoredInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notice_IgnoredInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.notice_ignored(inputs)
	if (locale === "tr") return __tr.notice_ignored(inputs)
	if (locale === "ar") return __ar.notice_ignored(inputs)
	if (locale === "ru") return __ru.notice_ignored(inputs)
	if (locale === "uk") return __uk.notice_ignored(inputs)
	return __de.notice_ignored(inputs)
});
/**
* | output |
* | --- |
* | "Bigger list" |
*
* @param {Sheet_More_ListInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const sheet_more_list = /** @type {((inputs?: Sheet_More_ListInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sheet_More_ListInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.sheet_more_list(inputs)
	if (locale === "tr") return __tr.sheet_more_list(inputs)
	if (locale === "ar") return __ar.sheet_more_list(inputs)
	if (locale === "ru") return __ru.sheet_more_list(inputs)
	if (locale === "uk") return __uk.sheet_more_list(inputs)
	return __de.sheet_more_list(inputs)
});
/**
* | output |
* | --- |
* | "Bigger map" |
*
* @param {Sheet_More_MapInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const sheet_more_map = /** @type {((inputs?: Sheet_More_MapInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sheet_More_MapInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.sheet_more_map(inputs)
	if (locale === "tr") return __tr.sheet_more_map(inputs)
	if (locale === "ar") return __ar.sheet_more_map(inputs)
	if (locale === "ru") return __ru.sheet_more_map(inputs)
	if (locale === "uk") return __uk.sheet_more_map(inputs)
	return __de.sheet_more_map(inputs)
});
/**
* | output |
* | --- |
* | "Accessibility" |
*
* @param {Footer_AccessibilityInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const footer_accessibility = /** @type {((inputs?: Footer_AccessibilityInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Footer_AccessibilityInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.footer_accessibility(inputs)
	if (locale === "tr") return __tr.footer_accessibility(inputs)
	if (locale === "ar") return __ar.footer_accessibility(inputs)
	if (locale === "ru") return __ru.footer_accessibility(inputs)
	if (locale === "uk") return __uk.footer_accessibility(inputs)
	return __de.footer_accessibility(inputs)
});
/**
* | output |
* | --- |
* | "Map sources" |
*
* @param {Footer_SourcesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const footer_sources = /** @type {((inputs?: Footer_SourcesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Footer_SourcesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.footer_sources(inputs)
	if (locale === "tr") return __tr.footer_sources(inputs)
	if (locale === "ar") return __ar.footer_sources(inputs)
	if (locale === "ru") return __ru.footer_sources(inputs)
	if (locale === "uk") return __uk.footer_sources(inputs)
	return __de.footer_sources(inputs)
});
/**
* | output |
* | --- |
* | "Back to the map" |
*
* @param {Back_To_MapInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const back_to_map = /** @type {((inputs?: Back_To_MapInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Back_To_MapInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.back_to_map(inputs)
	if (locale === "tr") return __tr.back_to_map(inputs)
	if (locale === "ar") return __ar.back_to_map(inputs)
	if (locale === "ru") return __ru.back_to_map(inputs)
	if (locale === "uk") return __uk.back_to_map(inputs)
	return __de.back_to_map(inputs)
});
/**
* | output |
* | --- |
* | "Demo data: this entry is made up." |
*
* @param {Place_DemoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_demo = /** @type {((inputs?: Place_DemoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_DemoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_demo(inputs)
	if (locale === "tr") return __tr.place_demo(inputs)
	if (locale === "ar") return __ar.place_demo(inputs)
	if (locale === "ru") return __ru.place_demo(inputs)
	if (locale === "uk") return __uk.place_demo(inputs)
	return __de.place_demo(inputs)
});
/**
* | output |
* | --- |
* | "This text is only available in German." |
*
* @param {Place_Only_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_only_german = /** @type {((inputs?: Place_Only_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Only_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_only_german(inputs)
	if (locale === "tr") return __tr.place_only_german(inputs)
	if (locale === "ar") return __ar.place_only_german(inputs)
	if (locale === "ru") return __ru.place_only_german(inputs)
	if (locale === "uk") return __uk.place_only_german(inputs)
	return __de.place_only_german(inputs)
});
/**
* | output |
* | --- |
* | "In easy German" |
*
* @param {Place_Easy_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_easy_german = /** @type {((inputs?: Place_Easy_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Easy_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_easy_german(inputs)
	if (locale === "tr") return __tr.place_easy_german(inputs)
	if (locale === "ar") return __ar.place_easy_german(inputs)
	if (locale === "ru") return __ru.place_easy_german(inputs)
	if (locale === "uk") return __uk.place_easy_german(inputs)
	return __de.place_easy_german(inputs)
});
/**
* | output |
* | --- |
* | "Where" |
*
* @param {Place_WhereInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_where = /** @type {((inputs?: Place_WhereInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_WhereInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_where(inputs)
	if (locale === "tr") return __tr.place_where(inputs)
	if (locale === "ar") return __ar.place_where(inputs)
	if (locale === "ru") return __ru.place_where(inputs)
	if (locale === "uk") return __uk.place_where(inputs)
	return __de.place_where(inputs)
});
/**
* | output |
* | --- |
* | "Neighbourhood" |
*
* @param {Place_QuarterInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_quarter = /** @type {((inputs?: Place_QuarterInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_QuarterInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_quarter(inputs)
	if (locale === "tr") return __tr.place_quarter(inputs)
	if (locale === "ar") return __ar.place_quarter(inputs)
	if (locale === "ru") return __ru.place_quarter(inputs)
	if (locale === "uk") return __uk.place_quarter(inputs)
	return __de.place_quarter(inputs)
});
/**
* | output |
* | --- |
* | "Address" |
*
* @param {Place_AddressInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_address = /** @type {((inputs?: Place_AddressInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_AddressInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_address(inputs)
	if (locale === "tr") return __tr.place_address(inputs)
	if (locale === "ar") return __ar.place_address(inputs)
	if (locale === "ru") return __ru.place_address(inputs)
	if (locale === "uk") return __uk.place_address(inputs)
	return __de.place_address(inputs)
});
/**
* | output |
* | --- |
* | "Opening hours" |
*
* @param {Place_HoursInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_hours = /** @type {((inputs?: Place_HoursInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_HoursInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_hours(inputs)
	if (locale === "tr") return __tr.place_hours(inputs)
	if (locale === "ar") return __ar.place_hours(inputs)
	if (locale === "ru") return __ru.place_hours(inputs)
	if (locale === "uk") return __uk.place_hours(inputs)
	return __de.place_hours(inputs)
});
/**
* | output |
* | --- |
* | "Open now" |
*
* @param {Place_Open_NowInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_open_now = /** @type {((inputs?: Place_Open_NowInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Open_NowInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_open_now(inputs)
	if (locale === "tr") return __tr.place_open_now(inputs)
	if (locale === "ar") return __ar.place_open_now(inputs)
	if (locale === "ru") return __ru.place_open_now(inputs)
	if (locale === "uk") return __uk.place_open_now(inputs)
	return __de.place_open_now(inputs)
});
/**
* | output |
* | --- |
* | "Closed now" |
*
* @param {Place_Closed_NowInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_closed_now = /** @type {((inputs?: Place_Closed_NowInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Closed_NowInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_closed_now(inputs)
	if (locale === "tr") return __tr.place_closed_now(inputs)
	if (locale === "ar") return __ar.place_closed_now(inputs)
	if (locale === "ru") return __ru.place_closed_now(inputs)
	if (locale === "uk") return __uk.place_closed_now(inputs)
	return __de.place_closed_now(inputs)
});
/**
* | output |
* | --- |
* | "closed" |
*
* @param {Hours_ClosedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const hours_closed = /** @type {((inputs?: Hours_ClosedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hours_ClosedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.hours_closed(inputs)
	if (locale === "tr") return __tr.hours_closed(inputs)
	if (locale === "ar") return __ar.hours_closed(inputs)
	if (locale === "ru") return __ru.hours_closed(inputs)
	if (locale === "uk") return __uk.hours_closed(inputs)
	return __de.hours_closed(inputs)
});
/**
* | output |
* | --- |
* | "As given:" |
*
* @param {Hours_As_GivenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const hours_as_given = /** @type {((inputs?: Hours_As_GivenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hours_As_GivenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.hours_as_given(inputs)
	if (locale === "tr") return __tr.hours_as_given(inputs)
	if (locale === "ar") return __ar.hours_as_given(inputs)
	if (locale === "ru") return __ru.hours_as_given(inputs)
	if (locale === "uk") return __uk.hours_as_given(inputs)
	return __de.hours_as_given(inputs)
});
/**
* | output |
* | --- |
* | "Access" |
*
* @param {Place_AccessInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_access = /** @type {((inputs?: Place_AccessInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_AccessInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_access(inputs)
	if (locale === "tr") return __tr.place_access(inputs)
	if (locale === "ar") return __ar.place_access(inputs)
	if (locale === "ru") return __ru.place_access(inputs)
	if (locale === "uk") return __uk.place_access(inputs)
	return __de.place_access(inputs)
});
/**
* | output |
* | --- |
* | "Wheelchair accessible" |
*
* @param {Wheelchair_YesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wheelchair_yes = /** @type {((inputs?: Wheelchair_YesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wheelchair_YesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.wheelchair_yes(inputs)
	if (locale === "tr") return __tr.wheelchair_yes(inputs)
	if (locale === "ar") return __ar.wheelchair_yes(inputs)
	if (locale === "ru") return __ru.wheelchair_yes(inputs)
	if (locale === "uk") return __uk.wheelchair_yes(inputs)
	return __de.wheelchair_yes(inputs)
});
/**
* | output |
* | --- |
* | "Partly wheelchair accessible" |
*
* @param {Wheelchair_LimitedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wheelchair_limited = /** @type {((inputs?: Wheelchair_LimitedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wheelchair_LimitedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.wheelchair_limited(inputs)
	if (locale === "tr") return __tr.wheelchair_limited(inputs)
	if (locale === "ar") return __ar.wheelchair_limited(inputs)
	if (locale === "ru") return __ru.wheelchair_limited(inputs)
	if (locale === "uk") return __uk.wheelchair_limited(inputs)
	return __de.wheelchair_limited(inputs)
});
/**
* | output |
* | --- |
* | "Not wheelchair accessible" |
*
* @param {Wheelchair_NoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wheelchair_no = /** @type {((inputs?: Wheelchair_NoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wheelchair_NoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.wheelchair_no(inputs)
	if (locale === "tr") return __tr.wheelchair_no(inputs)
	if (locale === "ar") return __ar.wheelchair_no(inputs)
	if (locale === "ru") return __ru.wheelchair_no(inputs)
	if (locale === "uk") return __uk.wheelchair_no(inputs)
	return __de.wheelchair_no(inputs)
});
/**
* | output |
* | --- |
* | "Wheelchair access: unknown" |
*
* @param {Wheelchair_UnknownInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const wheelchair_unknown = /** @type {((inputs?: Wheelchair_UnknownInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wheelchair_UnknownInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.wheelchair_unknown(inputs)
	if (locale === "tr") return __tr.wheelchair_unknown(inputs)
	if (locale === "ar") return __ar.wheelchair_unknown(inputs)
	if (locale === "ru") return __ru.wheelchair_unknown(inputs)
	if (locale === "uk") return __uk.wheelchair_unknown(inputs)
	return __de.wheelchair_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Languages spoken" |
*
* @param {Place_LanguagesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_languages = /** @type {((inputs?: Place_LanguagesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_LanguagesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_languages(inputs)
	if (locale === "tr") return __tr.place_languages(inputs)
	if (locale === "ar") return __ar.place_languages(inputs)
	if (locale === "ru") return __ru.place_languages(inputs)
	if (locale === "uk") return __uk.place_languages(inputs)
	return __de.place_languages(inputs)
});
/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Place_ContactInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_contact = /** @type {((inputs?: Place_ContactInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_ContactInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_contact(inputs)
	if (locale === "tr") return __tr.place_contact(inputs)
	if (locale === "ar") return __ar.place_contact(inputs)
	if (locale === "ru") return __ru.place_contact(inputs)
	if (locale === "uk") return __uk.place_contact(inputs)
	return __de.place_contact(inputs)
});
/**
* | output |
* | --- |
* | "Call" |
*
* @param {Place_CallInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_call = /** @type {((inputs?: Place_CallInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_CallInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_call(inputs)
	if (locale === "tr") return __tr.place_call(inputs)
	if (locale === "ar") return __ar.place_call(inputs)
	if (locale === "ru") return __ru.place_call(inputs)
	if (locale === "uk") return __uk.place_call(inputs)
	return __de.place_call(inputs)
});
/**
* | output |
* | --- |
* | "Write an e-mail" |
*
* @param {Place_WriteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_write = /** @type {((inputs?: Place_WriteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_WriteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_write(inputs)
	if (locale === "tr") return __tr.place_write(inputs)
	if (locale === "ar") return __ar.place_write(inputs)
	if (locale === "ru") return __ru.place_write(inputs)
	if (locale === "uk") return __uk.place_write(inputs)
	return __de.place_write(inputs)
});
/**
* | output |
* | --- |
* | "Open website" |
*
* @param {Place_WebsiteInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_website = /** @type {((inputs?: Place_WebsiteInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_WebsiteInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_website(inputs)
	if (locale === "tr") return __tr.place_website(inputs)
	if (locale === "ar") return __ar.place_website(inputs)
	if (locale === "ru") return __ru.place_website(inputs)
	if (locale === "uk") return __uk.place_website(inputs)
	return __de.place_website(inputs)
});
/**
* | output |
* | --- |
* | "Provider" |
*
* @param {Place_OrganisationInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_organisation = /** @type {((inputs?: Place_OrganisationInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_OrganisationInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_organisation(inputs)
	if (locale === "tr") return __tr.place_organisation(inputs)
	if (locale === "ar") return __ar.place_organisation(inputs)
	if (locale === "ru") return __ru.place_organisation(inputs)
	if (locale === "uk") return __uk.place_organisation(inputs)
	return __de.place_organisation(inputs)
});
/**
* | output |
* | --- |
* | "Next steps" |
*
* @param {Place_Next_StepsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_next_steps = /** @type {((inputs?: Place_Next_StepsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Next_StepsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_next_steps(inputs)
	if (locale === "tr") return __tr.place_next_steps(inputs)
	if (locale === "ar") return __ar.place_next_steps(inputs)
	if (locale === "ru") return __ru.place_next_steps(inputs)
	if (locale === "uk") return __uk.place_next_steps(inputs)
	return __de.place_next_steps(inputs)
});
/**
* | output |
* | --- |
* | "Key facts" |
*
* @param {Place_DetailsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_details = /** @type {((inputs?: Place_DetailsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_DetailsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_details(inputs)
	if (locale === "tr") return __tr.place_details(inputs)
	if (locale === "ar") return __ar.place_details(inputs)
	if (locale === "ru") return __ru.place_details(inputs)
	if (locale === "uk") return __uk.place_details(inputs)
	return __de.place_details(inputs)
});
/**
* | output |
* | --- |
* | "Working time" |
*
* @param {Place_Working_TimeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_working_time = /** @type {((inputs?: Place_Working_TimeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Working_TimeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_working_time(inputs)
	if (locale === "tr") return __tr.place_working_time(inputs)
	if (locale === "ar") return __ar.place_working_time(inputs)
	if (locale === "ru") return __ru.place_working_time(inputs)
	if (locale === "uk") return __uk.place_working_time(inputs)
	return __de.place_working_time(inputs)
});
/**
* | output |
* | --- |
* | "{hours} hours per week" |
*
* @param {Place_Hours_WeekInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_hours_week = /** @type {((inputs: Place_Hours_WeekInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Hours_WeekInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_hours_week(inputs)
	if (locale === "tr") return __tr.place_hours_week(inputs)
	if (locale === "ar") return __ar.place_hours_week(inputs)
	if (locale === "ru") return __ru.place_hours_week(inputs)
	if (locale === "uk") return __uk.place_hours_week(inputs)
	return __de.place_hours_week(inputs)
});
/**
* | output |
* | --- |
* | "German" |
*
* @param {Place_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_german = /** @type {((inputs?: Place_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_german(inputs)
	if (locale === "tr") return __tr.place_german(inputs)
	if (locale === "ar") return __ar.place_german(inputs)
	if (locale === "ru") return __ru.place_german(inputs)
	if (locale === "uk") return __uk.place_german(inputs)
	return __de.place_german(inputs)
});
/**
* | output |
* | --- |
* | "Start" |
*
* @param {Place_StartInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_start = /** @type {((inputs?: Place_StartInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_StartInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_start(inputs)
	if (locale === "tr") return __tr.place_start(inputs)
	if (locale === "ar") return __ar.place_start(inputs)
	if (locale === "ru") return __ru.place_start(inputs)
	if (locale === "uk") return __uk.place_start(inputs)
	return __de.place_start(inputs)
});
/**
* | output |
* | --- |
* | "Pay" |
*
* @param {Place_SalaryInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_salary = /** @type {((inputs?: Place_SalaryInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_SalaryInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_salary(inputs)
	if (locale === "tr") return __tr.place_salary(inputs)
	if (locale === "ar") return __ar.place_salary(inputs)
	if (locale === "ru") return __ru.place_salary(inputs)
	if (locale === "uk") return __uk.place_salary(inputs)
	return __de.place_salary(inputs)
});
/**
* | output |
* | --- |
* | "per hour" |
*
* @param {Salary_HourInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const salary_hour = /** @type {((inputs?: Salary_HourInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Salary_HourInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.salary_hour(inputs)
	if (locale === "tr") return __tr.salary_hour(inputs)
	if (locale === "ar") return __ar.salary_hour(inputs)
	if (locale === "ru") return __ru.salary_hour(inputs)
	if (locale === "uk") return __uk.salary_hour(inputs)
	return __de.salary_hour(inputs)
});
/**
* | output |
* | --- |
* | "per month" |
*
* @param {Salary_MonthInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const salary_month = /** @type {((inputs?: Salary_MonthInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Salary_MonthInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.salary_month(inputs)
	if (locale === "tr") return __tr.salary_month(inputs)
	if (locale === "ar") return __ar.salary_month(inputs)
	if (locale === "ru") return __ru.salary_month(inputs)
	if (locale === "uk") return __uk.salary_month(inputs)
	return __de.salary_month(inputs)
});
/**
* | output |
* | --- |
* | "per year" |
*
* @param {Salary_YearInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const salary_year = /** @type {((inputs?: Salary_YearInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Salary_YearInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.salary_year(inputs)
	if (locale === "tr") return __tr.salary_year(inputs)
	if (locale === "ar") return __ar.salary_year(inputs)
	if (locale === "ru") return __ru.salary_year(inputs)
	if (locale === "uk") return __uk.salary_year(inputs)
	return __de.salary_year(inputs)
});
/**
* | output |
* | --- |
* | "Fixed-term" |
*
* @param {Place_Fixed_TermInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_fixed_term = /** @type {((inputs?: Place_Fixed_TermInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Fixed_TermInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_fixed_term(inputs)
	if (locale === "tr") return __tr.place_fixed_term(inputs)
	if (locale === "ar") return __ar.place_fixed_term(inputs)
	if (locale === "ru") return __ru.place_fixed_term(inputs)
	if (locale === "uk") return __uk.place_fixed_term(inputs)
	return __de.place_fixed_term(inputs)
});
/**
* | output |
* | --- |
* | "Working hours fit childcare" |
*
* @param {Place_ChildcareInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_childcare = /** @type {((inputs?: Place_ChildcareInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_ChildcareInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_childcare(inputs)
	if (locale === "tr") return __tr.place_childcare(inputs)
	if (locale === "ar") return __ar.place_childcare(inputs)
	if (locale === "ru") return __ru.place_childcare(inputs)
	if (locale === "uk") return __uk.place_childcare(inputs)
	return __de.place_childcare(inputs)
});
/**
* | output |
* | --- |
* | "Suitable for refugees" |
*
* @param {Place_RefugeesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_refugees = /** @type {((inputs?: Place_RefugeesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_RefugeesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_refugees(inputs)
	if (locale === "tr") return __tr.place_refugees(inputs)
	if (locale === "ar") return __ar.place_refugees(inputs)
	if (locale === "ru") return __ru.place_refugees(inputs)
	if (locale === "uk") return __uk.place_refugees(inputs)
	return __de.place_refugees(inputs)
});
/**
* | output |
* | --- |
* | "Apply by" |
*
* @param {Place_Apply_UntilInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_apply_until = /** @type {((inputs?: Place_Apply_UntilInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Apply_UntilInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_apply_until(inputs)
	if (locale === "tr") return __tr.place_apply_until(inputs)
	if (locale === "ar") return __ar.place_apply_until(inputs)
	if (locale === "ru") return __ru.place_apply_until(inputs)
	if (locale === "uk") return __uk.place_apply_until(inputs)
	return __de.place_apply_until(inputs)
});
/**
* | output |
* | --- |
* | "Type" |
*
* @param {Place_Space_TypeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_space_type = /** @type {((inputs?: Place_Space_TypeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Space_TypeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_space_type(inputs)
	if (locale === "tr") return __tr.place_space_type(inputs)
	if (locale === "ar") return __ar.place_space_type(inputs)
	if (locale === "ru") return __ru.place_space_type(inputs)
	if (locale === "uk") return __uk.place_space_type(inputs)
	return __de.place_space_type(inputs)
});
/**
* | output |
* | --- |
* | "Shop" |
*
* @param {Space_ShopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_shop = /** @type {((inputs?: Space_ShopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_ShopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.space_shop(inputs)
	if (locale === "tr") return __tr.space_shop(inputs)
	if (locale === "ar") return __ar.space_shop(inputs)
	if (locale === "ru") return __ru.space_shop(inputs)
	if (locale === "uk") return __uk.space_shop(inputs)
	return __de.space_shop(inputs)
});
/**
* | output |
* | --- |
* | "Office" |
*
* @param {Space_OfficeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_office = /** @type {((inputs?: Space_OfficeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_OfficeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.space_office(inputs)
	if (locale === "tr") return __tr.space_office(inputs)
	if (locale === "ar") return __ar.space_office(inputs)
	if (locale === "ru") return __ru.space_office(inputs)
	if (locale === "uk") return __uk.space_office(inputs)
	return __de.space_office(inputs)
});
/**
* | output |
* | --- |
* | "Room" |
*
* @param {Space_RoomInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_room = /** @type {((inputs?: Space_RoomInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_RoomInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.space_room(inputs)
	if (locale === "tr") return __tr.space_room(inputs)
	if (locale === "ar") return __ar.space_room(inputs)
	if (locale === "ru") return __ru.space_room(inputs)
	if (locale === "uk") return __uk.space_room(inputs)
	return __de.space_room(inputs)
});
/**
* | output |
* | --- |
* | "Workshop" |
*
* @param {Space_WorkshopInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_workshop = /** @type {((inputs?: Space_WorkshopInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_WorkshopInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.space_workshop(inputs)
	if (locale === "tr") return __tr.space_workshop(inputs)
	if (locale === "ar") return __ar.space_workshop(inputs)
	if (locale === "ru") return __ru.space_workshop(inputs)
	if (locale === "uk") return __uk.space_workshop(inputs)
	return __de.space_workshop(inputs)
});
/**
* | output |
* | --- |
* | "Other" |
*
* @param {Space_OtherInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const space_other = /** @type {((inputs?: Space_OtherInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Space_OtherInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.space_other(inputs)
	if (locale === "tr") return __tr.space_other(inputs)
	if (locale === "ar") return __ar.space_other(inputs)
	if (locale === "ru") return __ru.space_other(inputs)
	if (locale === "uk") return __uk.space_other(inputs)
	return __de.space_other(inputs)
});
/**
* | output |
* | --- |
* | "Area" |
*
* @param {Place_AreaInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_area = /** @type {((inputs?: Place_AreaInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_AreaInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_area(inputs)
	if (locale === "tr") return __tr.place_area(inputs)
	if (locale === "ar") return __ar.place_area(inputs)
	if (locale === "ru") return __ru.place_area(inputs)
	if (locale === "uk") return __uk.place_area(inputs)
	return __de.place_area(inputs)
});
/**
* | output |
* | --- |
* | "Rent per month" |
*
* @param {Place_RentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_rent = /** @type {((inputs?: Place_RentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_RentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_rent(inputs)
	if (locale === "tr") return __tr.place_rent(inputs)
	if (locale === "ar") return __ar.place_rent(inputs)
	if (locale === "ru") return __ru.place_rent(inputs)
	if (locale === "uk") return __uk.place_rent(inputs)
	return __de.place_rent(inputs)
});
/**
* | output |
* | --- |
* | "Temporary use without rent possible" |
*
* @param {Place_Free_InterimInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_free_interim = /** @type {((inputs?: Place_Free_InterimInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Free_InterimInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_free_interim(inputs)
	if (locale === "tr") return __tr.place_free_interim(inputs)
	if (locale === "ar") return __ar.place_free_interim(inputs)
	if (locale === "ru") return __ru.place_free_interim(inputs)
	if (locale === "uk") return __uk.place_free_interim(inputs)
	return __de.place_free_interim(inputs)
});
/**
* | output |
* | --- |
* | "Free from" |
*
* @param {Place_AvailableInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_available = /** @type {((inputs?: Place_AvailableInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_AvailableInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_available(inputs)
	if (locale === "tr") return __tr.place_available(inputs)
	if (locale === "ar") return __ar.place_available(inputs)
	if (locale === "ru") return __ru.place_available(inputs)
	if (locale === "uk") return __uk.place_available(inputs)
	return __de.place_available(inputs)
});
/**
* | output |
* | --- |
* | "Free until" |
*
* @param {Place_Available_UntilInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_available_until = /** @type {((inputs?: Place_Available_UntilInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Available_UntilInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_available_until(inputs)
	if (locale === "tr") return __tr.place_available_until(inputs)
	if (locale === "ar") return __ar.place_available_until(inputs)
	if (locale === "ru") return __ru.place_available_until(inputs)
	if (locale === "uk") return __uk.place_available_until(inputs)
	return __de.place_available_until(inputs)
});
/**
* | output |
* | --- |
* | "Welcome uses" |
*
* @param {Place_Welcome_UsesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_welcome_uses = /** @type {((inputs?: Place_Welcome_UsesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Welcome_UsesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_welcome_uses(inputs)
	if (locale === "tr") return __tr.place_welcome_uses(inputs)
	if (locale === "ar") return __ar.place_welcome_uses(inputs)
	if (locale === "ru") return __ru.place_welcome_uses(inputs)
	if (locale === "uk") return __uk.place_welcome_uses(inputs)
	return __de.place_welcome_uses(inputs)
});
/**
* | output |
* | --- |
* | "Who it is for" |
*
* @param {Place_EligibilityInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_eligibility = /** @type {((inputs?: Place_EligibilityInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_EligibilityInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_eligibility(inputs)
	if (locale === "tr") return __tr.place_eligibility(inputs)
	if (locale === "ar") return __ar.place_eligibility(inputs)
	if (locale === "ru") return __ru.place_eligibility(inputs)
	if (locale === "uk") return __uk.place_eligibility(inputs)
	return __de.place_eligibility(inputs)
});
/**
* | output |
* | --- |
* | "Cost" |
*
* @param {Place_CostInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_cost = /** @type {((inputs?: Place_CostInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_CostInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_cost(inputs)
	if (locale === "tr") return __tr.place_cost(inputs)
	if (locale === "ar") return __ar.place_cost(inputs)
	if (locale === "ru") return __ru.place_cost(inputs)
	if (locale === "uk") return __uk.place_cost(inputs)
	return __de.place_cost(inputs)
});
/**
* | output |
* | --- |
* | "free" |
*
* @param {Cost_FreeInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const cost_free = /** @type {((inputs?: Cost_FreeInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cost_FreeInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.cost_free(inputs)
	if (locale === "tr") return __tr.cost_free(inputs)
	if (locale === "ar") return __ar.cost_free(inputs)
	if (locale === "ru") return __ru.cost_free(inputs)
	if (locale === "uk") return __uk.cost_free(inputs)
	return __de.cost_free(inputs)
});
/**
* | output |
* | --- |
* | "reduced" |
*
* @param {Cost_ReducedInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const cost_reduced = /** @type {((inputs?: Cost_ReducedInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cost_ReducedInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.cost_reduced(inputs)
	if (locale === "tr") return __tr.cost_reduced(inputs)
	if (locale === "ar") return __ar.cost_reduced(inputs)
	if (locale === "ru") return __ru.cost_reduced(inputs)
	if (locale === "uk") return __uk.cost_reduced(inputs)
	return __de.cost_reduced(inputs)
});
/**
* | output |
* | --- |
* | "paid" |
*
* @param {Cost_PaidInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const cost_paid = /** @type {((inputs?: Cost_PaidInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cost_PaidInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.cost_paid(inputs)
	if (locale === "tr") return __tr.cost_paid(inputs)
	if (locale === "ar") return __ar.cost_paid(inputs)
	if (locale === "ru") return __ru.cost_paid(inputs)
	if (locale === "uk") return __uk.cost_paid(inputs)
	return __de.cost_paid(inputs)
});
/**
* | output |
* | --- |
* | "Please bring" |
*
* @param {Place_DocumentsInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_documents = /** @type {((inputs?: Place_DocumentsInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_DocumentsInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_documents(inputs)
	if (locale === "tr") return __tr.place_documents(inputs)
	if (locale === "ar") return __ar.place_documents(inputs)
	if (locale === "ru") return __ru.place_documents(inputs)
	if (locale === "uk") return __uk.place_documents(inputs)
	return __de.place_documents(inputs)
});
/**
* | output |
* | --- |
* | "Appointment needed" |
*
* @param {Place_Appointment_NeededInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_appointment_needed = /** @type {((inputs?: Place_Appointment_NeededInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Appointment_NeededInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_appointment_needed(inputs)
	if (locale === "tr") return __tr.place_appointment_needed(inputs)
	if (locale === "ar") return __ar.place_appointment_needed(inputs)
	if (locale === "ru") return __ru.place_appointment_needed(inputs)
	if (locale === "uk") return __uk.place_appointment_needed(inputs)
	return __de.place_appointment_needed(inputs)
});
/**
* | output |
* | --- |
* | "No appointment needed" |
*
* @param {Place_No_AppointmentInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_no_appointment = /** @type {((inputs?: Place_No_AppointmentInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_No_AppointmentInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_no_appointment(inputs)
	if (locale === "tr") return __tr.place_no_appointment(inputs)
	if (locale === "ar") return __ar.place_no_appointment(inputs)
	if (locale === "ru") return __ru.place_no_appointment(inputs)
	if (locale === "uk") return __uk.place_no_appointment(inputs)
	return __de.place_no_appointment(inputs)
});
/**
* | output |
* | --- |
* | "When" |
*
* @param {Place_WhenInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_when = /** @type {((inputs?: Place_WhenInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_WhenInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_when(inputs)
	if (locale === "tr") return __tr.place_when(inputs)
	if (locale === "ar") return __ar.place_when(inputs)
	if (locale === "ru") return __ru.place_when(inputs)
	if (locale === "uk") return __uk.place_when(inputs)
	return __de.place_when(inputs)
});
/**
* | output |
* | --- |
* | "Registration needed" |
*
* @param {Place_Registration_NeededInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_registration_needed = /** @type {((inputs?: Place_Registration_NeededInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Registration_NeededInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_registration_needed(inputs)
	if (locale === "tr") return __tr.place_registration_needed(inputs)
	if (locale === "ar") return __ar.place_registration_needed(inputs)
	if (locale === "ru") return __ru.place_registration_needed(inputs)
	if (locale === "uk") return __uk.place_registration_needed(inputs)
	return __de.place_registration_needed(inputs)
});
/**
* | output |
* | --- |
* | "No registration needed" |
*
* @param {Place_No_RegistrationInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_no_registration = /** @type {((inputs?: Place_No_RegistrationInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_No_RegistrationInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_no_registration(inputs)
	if (locale === "tr") return __tr.place_no_registration(inputs)
	if (locale === "ar") return __ar.place_no_registration(inputs)
	if (locale === "ru") return __ru.place_no_registration(inputs)
	if (locale === "uk") return __uk.place_no_registration(inputs)
	return __de.place_no_registration(inputs)
});
/**
* | output |
* | --- |
* | "Call or write an e-mail. Say that you found them on the Quartierkarte." |
*
* @param {Place_Next_ContactInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const place_next_contact = /** @type {((inputs?: Place_Next_ContactInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Next_ContactInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.place_next_contact(inputs)
	if (locale === "tr") return __tr.place_next_contact(inputs)
	if (locale === "ar") return __ar.place_next_contact(inputs)
	if (locale === "ru") return __ru.place_next_contact(inputs)
	if (locale === "uk") return __uk.place_next_contact(inputs)
	return __de.place_next_contact(inputs)
});
/**
* | output |
* | --- |
* | "yes" |
*
* @param {YesInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const yes = /** @type {((inputs?: YesInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<YesInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.yes(inputs)
	if (locale === "tr") return __tr.yes(inputs)
	if (locale === "ar") return __ar.yes(inputs)
	if (locale === "ru") return __ru.yes(inputs)
	if (locale === "uk") return __uk.yes(inputs)
	return __de.yes(inputs)
});
/**
* | output |
* | --- |
* | "no" |
*
* @param {NoInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const no = /** @type {((inputs?: NoInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<NoInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.no(inputs)
	if (locale === "tr") return __tr.no(inputs)
	if (locale === "ar") return __ar.no(inputs)
	if (locale === "ru") return __ru.no(inputs)
	if (locale === "uk") return __uk.no(inputs)
	return __de.no(inputs)
});
/**
* | output |
* | --- |
* | "This place does not exist (any more)." |
*
* @param {Not_FoundInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const not_found = /** @type {((inputs?: Not_FoundInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Not_FoundInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.not_found(inputs)
	if (locale === "tr") return __tr.not_found(inputs)
	if (locale === "ar") return __ar.not_found(inputs)
	if (locale === "ru") return __ru.not_found(inputs)
	if (locale === "uk") return __uk.not_found(inputs)
	return __de.not_found(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Error_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const error_title = /** @type {((inputs?: Error_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.error_title(inputs)
	if (locale === "tr") return __tr.error_title(inputs)
	if (locale === "ar") return __ar.error_title(inputs)
	if (locale === "ru") return __ru.error_title(inputs)
	if (locale === "uk") return __uk.error_title(inputs)
	return __de.error_title(inputs)
});
/**
* | output |
* | --- |
* | "Accessibility statement" |
*
* @param {A11y_TitleInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const a11y_title = /** @type {((inputs?: A11y_TitleInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<A11y_TitleInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.a11y_title(inputs)
	if (locale === "tr") return __tr.a11y_title(inputs)
	if (locale === "ar") return __ar.a11y_title(inputs)
	if (locale === "ru") return __ru.a11y_title(inputs)
	if (locale === "uk") return __uk.a11y_title(inputs)
	return __de.a11y_title(inputs)
});
/**
* | output |
* | --- |
* | "This statement is in German. If you have questions, we are happy to help in your language." |
*
* @param {A11y_Only_GermanInputs} inputs
* @param {{ locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }} options
* @returns {LocalizedString}
*/
export const a11y_only_german = /** @type {((inputs?: A11y_Only_GermanInputs, options?: { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<A11y_Only_GermanInputs, { locale?: "de" | "en" | "tr" | "ar" | "ru" | "uk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.a11y_only_german(inputs)
	if (locale === "tr") return __tr.a11y_only_german(inputs)
	if (locale === "ar") return __ar.a11y_only_german(inputs)
	if (locale === "ru") return __ru.a11y_only_german(inputs)
	if (locale === "uk") return __uk.a11y_only_german(inputs)
	return __de.a11y_only_german(inputs)
});