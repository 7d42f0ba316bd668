/* eslint-disable */
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


export const app_title = /** @type {(inputs: App_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quartierkarte`)
};

export const app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робота, приміщення і допомога в Зеннештадті, Зікер-Мітте і Баумгайде`)
};

export const meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта можливостей у трьох районах Білефельда: вакансії, роботодавці, приміщення, консультації, місця для навчання і події.`)
};

export const skip_to_content = /** @type {(inputs: Skip_To_ContentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перейти до змісту`)
};

export const skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перейти до списку`)
};

export const demo_badge = /** @type {(inputs: Demo_BadgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-дані`)
};

export const demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Усі записи вигадані`)
};

export const demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-дані: роботодавці, вакансії, приміщення і події вигадані.`)
};

export const language_label = /** @type {(inputs: Language_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мова`)
};

export const language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Змінити`)
};

export const offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Немає з'єднання. Ви бачите збережені дані – вони можуть бути застарілими.`)
};

export const map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта`)
};

export const map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта завантажується …`)
};

export const map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не вдалося завантажити карту. У списку показано всі місця.`)
};

export const map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Керування картою`)
};

export const map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Збільшити`)
};

export const map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зменшити`)
};

export const map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На північ`)
};

export const map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На південь`)
};

export const map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На захід`)
};

export const map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На схід`)
};

export const map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Усі три райони`)
};

export const map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показати ${i?.quarter} на карті`)
};

export const legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Умовні позначення`)
};

export const legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Межа району`)
};

export const legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Межа округу`)
};

export const legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зупинка`)
};

export const legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кілька місць (натисніть, щоб збільшити)`)
};

export const kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вакансії`)
};

export const kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Роботодавці`)
};

export const kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Порожні магазини й приміщення`)
};

export const kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Консультації та допомога`)
};

export const kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Навчання і Wi-Fi`)
};

export const kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Події`)
};

export const kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Громадські місця`)
};

export const search_label = /** @type {(inputs: Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пошук`)
};

export const search_placeholder = /** @type {(inputs: Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робота, фірма, консультація …`)
};

export const search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шукати`)
};

export const filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фільтри`)
};

export const filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`увімкнено: ${i?.count}`)
};

export const filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Застосувати`)
};

export const filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скинути всі фільтри`)
};

export const filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що ви шукаєте?`)
};

export const filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Район`)
};

export const filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час`)
};

export const wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повний день`)
};

export const wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Неповний день`)
};

export const wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Міні-джоб`)
};

export const filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Німецька: потрібна не вище`)
};

export const german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`неважливо`)
};

export const german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`німецька не потрібна`)
};

export const filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що для мене важливо`)
};

export const filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час підходить для догляду за дітьми`)
};

export const filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підходить для біженців`)
};

export const filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступно на кріслі колісному`)
};

export const filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Безкоштовно (консультації, навчання)`)
};

export const filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Там говорять`)
};

export const filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відчинено`)
};

export const open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`неважливо`)
};

export const open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зараз`)
};

export const open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`о …`)
};

export const open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`День і час`)
};

export const filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Події`)
};

export const event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`з`)
};

export const event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`до`)
};

export const results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Знайдено: ${i?.count}`)
};

export const results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`На карті: ${i?.count}`)
};

export const results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Немає місць із такими фільтрами. Виберіть менше фільтрів.`)
};

export const results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`У цій частині карти нічого немає. Посуньте або зменште карту.`)
};

export const results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Результатів більше, ніж показано. Виберіть фільтри.`)
};

export const show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показати більше`)
};

export const show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показати на карті: ${i?.title}`)
};

export const badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`відчинено`)
};

export const badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зачинено`)
};

export const outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`поза районами`)
};

export const notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ці дані в посиланні були недійсними і не враховані: ${i?.params}`)
};

export const sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Більший список`)
};

export const sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Більша карта`)
};

export const footer_accessibility = /** @type {(inputs: Footer_AccessibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступність`)
};

export const footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Джерела карти`)
};

export const back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`До карти`)
};

export const place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Демо-дані: цей запис вигаданий.`)
};

export const place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цей текст є лише німецькою.`)
};

export const place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Простою німецькою`)
};

export const place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Де`)
};

export const place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Район`)
};

export const place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адреса`)
};

export const place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Години роботи`)
};

export const place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зараз відчинено`)
};

export const place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зараз зачинено`)
};

export const hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зачинено`)
};

export const hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Як зазначено:`)
};

export const place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступ`)
};

export const wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступно на кріслі колісному`)
};

export const wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Частково доступно на кріслі колісному`)
};

export const wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Недоступно на кріслі колісному`)
};

export const wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доступ на кріслі колісному: невідомо`)
};

export const place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мови на місці`)
};

export const place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контакт`)
};

export const place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зателефонувати`)
};

export const place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Написати листа`)
};

export const place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відкрити сайт`)
};

export const place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Організація`)
};

export const place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що робити далі`)
};

export const place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Головне`)
};

export const place_working_time = /** @type {(inputs: Place_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час`)
};

export const place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} годин на тиждень`)
};

export const place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Німецька`)
};

export const place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Початок`)
};

export const place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оплата`)
};

export const salary_hour = /** @type {(inputs: Salary_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`за годину`)
};

export const salary_month = /** @type {(inputs: Salary_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`на місяць`)
};

export const salary_year = /** @type {(inputs: Salary_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`на рік`)
};

export const place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Строковий договір`)
};

export const place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Робочий час підходить для догляду за дітьми`)
};

export const place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Підходить для біженців`)
};

export const place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подати заявку до`)
};

export const place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тип`)
};

export const space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Магазин`)
};

export const space_office = /** @type {(inputs: Space_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Офіс`)
};

export const space_room = /** @type {(inputs: Space_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Приміщення`)
};

export const space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Майстерня`)
};

export const space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Інше`)
};

export const place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Площа`)
};

export const place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оренда на місяць`)
};

export const place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Можливе тимчасове використання без оренди`)
};

export const place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вільно з`)
};

export const place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вільно до`)
};

export const place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бажане використання`)
};

export const place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Для кого`)
};

export const place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вартість`)
};

export const cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`безкоштовно`)
};

export const cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зі знижкою`)
};

export const cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`платно`)
};

export const place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Візьміть із собою`)
};

export const place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лише за записом`)
};

export const place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без запису`)
};

export const place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коли`)
};

export const place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Потрібна реєстрація`)
};

export const place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без реєстрації`)
};

export const place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зателефонуйте або напишіть листа. Скажіть, що знайшли їх на Quartierkarte.`)
};

export const yes = /** @type {(inputs: YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`так`)
};

export const no = /** @type {(inputs: NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ні`)
};

export const not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Такого місця немає (більше немає).`)
};

export const error_title = /** @type {(inputs: Error_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Щось пішло не так`)
};

export const a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заява про доступність`)
};

export const a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ця заява німецькою мовою. Якщо у вас є питання, ми з радістю допоможемо вашою мовою.`)
};