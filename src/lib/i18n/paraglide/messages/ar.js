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
	return /** @type {LocalizedString} */ (`عمل وأماكن ومساعدة في زينِشتات وزيكر-ميته وباومهايده`)
};

export const meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خريطة الفرص في ثلاثة أحياء في بيليفيلد: وظائف، أصحاب عمل، أماكن، استشارات، أماكن تعلّم وفعاليات.`)
};

export const skip_to_content = /** @type {(inputs: Skip_To_ContentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`انتقل إلى المحتوى`)
};

export const skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`انتقل إلى القائمة`)
};

export const demo_badge = /** @type {(inputs: Demo_BadgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بيانات تجريبية`)
};

export const demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كل البيانات مُختلَقة`)
};

export const demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بيانات تجريبية: أصحاب العمل والوظائف والأماكن والفعاليات مُختلَقة.`)
};

export const language_label = /** @type {(inputs: Language_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اللغة`)
};

export const language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تغيير`)
};

export const offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يوجد اتصال. تشاهد بيانات محفوظة وقد تكون قديمة.`)
};

export const map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الخريطة`)
};

export const map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`جارٍ تحميل الخريطة …`)
};

export const map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّر تحميل الخريطة. القائمة تعرض كل الأماكن.`)
};

export const map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أزرار الخريطة`)
};

export const map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تكبير`)
};

export const map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تصغير`)
};

export const map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى الشمال`)
};

export const map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى الجنوب`)
};

export const map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى الغرب`)
};

export const map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى الشرق`)
};

export const map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأحياء الثلاثة`)
};

export const map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`عرض ${i?.quarter} على الخريطة`)
};

export const legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مفتاح الخريطة`)
};

export const legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حدود الحي`)
};

export const legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حدود المنطقة`)
};

export const legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محطة`)
};

export const legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عدة أماكن (اضغط للتكبير)`)
};

export const kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عروض عمل`)
};

export const kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أصحاب عمل`)
};

export const kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محلات وغرف فارغة`)
};

export const kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استشارة ومساعدة`)
};

export const kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعلّم وواي فاي`)
};

export const kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فعاليات`)
};

export const kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أماكن عامة`)
};

export const search_label = /** @type {(inputs: Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بحث`)
};

export const search_placeholder = /** @type {(inputs: Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`وظيفة، شركة، استشارة …`)
};

export const search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بحث`)
};

export const filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تصفية`)
};

export const filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`مفعّل: ${i?.count}`)
};

export const filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تطبيق`)
};

export const filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حذف كل عوامل التصفية`)
};

export const filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ماذا تبحث عنه؟`)
};

export const filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الحي`)
};

export const filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`وقت العمل`)
};

export const wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دوام كامل`)
};

export const wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دوام جزئي`)
};

export const wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عمل صغير (ميني جوب)`)
};

export const filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الألمانية: أقصى مستوى مطلوب`)
};

export const german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يهم`)
};

export const german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا حاجة للألمانية`)
};

export const filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ما يهمني`)
};

export const filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ساعات عمل تناسب رعاية الأطفال`)
};

export const filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مناسب للاجئين`)
};

export const filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يمكن الوصول بالكرسي المتحرك`)
};

export const filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مجاني (استشارة، تعلّم)`)
};

export const filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اللغات المحكية هناك`)
};

export const filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مفتوح`)
};

export const open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يهم`)
};

export const open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الآن`)
};

export const open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`في …`)
};

export const open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اليوم والساعة`)
};

export const filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الفعاليات`)
};

export const event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`من`)
};

export const event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى`)
};

export const results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`النتائج: ${i?.count}`)
};

export const results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`على الخريطة: ${i?.count}`)
};

export const results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا توجد أماكن لهذه التصفية. اختر تصفية أقل.`)
};

export const results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا شيء في هذا الجزء من الخريطة. حرّك الخريطة أو صغّرها.`)
};

export const results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هناك نتائج أكثر مما يظهر. اختر تصفية.`)
};

export const show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عرض المزيد`)
};

export const show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`عرض على الخريطة: ${i?.title}`)
};

export const badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مفتوح`)
};

export const badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مغلق`)
};

export const outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خارج الأحياء`)
};

export const notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`هذه المعلومات في الرابط غير صالحة وتم تجاهلها: ${i?.params}`)
};

export const sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تكبير القائمة`)
};

export const sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تكبير الخريطة`)
};

export const footer_accessibility = /** @type {(inputs: Footer_AccessibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إمكانية الوصول`)
};

export const footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مصادر الخريطة`)
};

export const back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العودة إلى الخريطة`)
};

export const place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بيانات تجريبية: هذا الإدخال مُختلَق.`)
};

export const place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا النص متوفر بالألمانية فقط.`)
};

export const place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بالألمانية المبسّطة`)
};

export const place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أين`)
};

export const place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الحي`)
};

export const place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العنوان`)
};

export const place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أوقات الدوام`)
};

export const place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مفتوح الآن`)
};

export const place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مغلق الآن`)
};

export const hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مغلق`)
};

export const hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كما ورد:`)
};

export const place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوصول`)
};

export const wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يمكن الوصول بالكرسي المتحرك`)
};

export const wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يمكن الوصول جزئيًا بالكرسي المتحرك`)
};

export const wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا يمكن الوصول بالكرسي المتحرك`)
};

export const wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوصول بالكرسي المتحرك: غير معروف`)
};

export const place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اللغات في المكان`)
};

export const place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التواصل`)
};

export const place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتصال`)
};

export const place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كتابة بريد إلكتروني`)
};

export const place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فتح الموقع`)
};

export const place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الجهة`)
};

export const place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الخطوات التالية`)
};

export const place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أهم المعلومات`)
};

export const place_working_time = /** @type {(inputs: Place_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`وقت العمل`)
};

export const place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} ساعة في الأسبوع`)
};

export const place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الألمانية`)
};

export const place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`البداية`)
};

export const place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأجر`)
};

export const salary_hour = /** @type {(inputs: Salary_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`في الساعة`)
};

export const salary_month = /** @type {(inputs: Salary_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`في الشهر`)
};

export const salary_year = /** @type {(inputs: Salary_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`في السنة`)
};

export const place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محدد المدة`)
};

export const place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ساعات العمل تناسب رعاية الأطفال`)
};

export const place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مناسب للاجئين`)
};

export const place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التقديم حتى`)
};

export const place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النوع`)
};

export const space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`محل`)
};

export const space_office = /** @type {(inputs: Space_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مكتب`)
};

export const space_room = /** @type {(inputs: Space_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`غرفة`)
};

export const space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ورشة`)
};

export const space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`غير ذلك`)
};

export const place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المساحة`)
};

export const place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الإيجار الشهري`)
};

export const place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استخدام مؤقت بدون إيجار ممكن`)
};

export const place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متاح من`)
};

export const place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متاح حتى`)
};

export const place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الاستخدام المرغوب`)
};

export const place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لمن`)
};

export const place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التكلفة`)
};

export const cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مجاني`)
};

export const cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مخفّض`)
};

export const cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مدفوع`)
};

export const place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يرجى إحضار`)
};

export const place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بموعد فقط`)
};

export const place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بدون موعد`)
};

export const place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متى`)
};

export const place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التسجيل مطلوب`)
};

export const place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بدون تسجيل`)
};

export const place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتصل أو اكتب بريدًا إلكترونيًا. قل إنك وجدتهم على Quartierkarte.`)
};

export const yes = /** @type {(inputs: YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نعم`)
};

export const no = /** @type {(inputs: NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا`)
};

export const not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا المكان غير موجود (لم يعد موجودًا).`)
};

export const error_title = /** @type {(inputs: Error_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حدث خطأ ما`)
};

export const a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بيان إمكانية الوصول`)
};

export const a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا البيان باللغة الألمانية. إذا كانت لديك أسئلة، يسعدنا مساعدتك بلغتك.`)
};