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
	return /** @type {LocalizedString} */ (`Work, spaces and help in Sennestadt, Sieker-Mitte and Baumheide`)
};

export const meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A map of opportunities in three Bielefeld neighbourhoods: jobs, employers, spaces, advice, learning places and events.`)
};

export const skip_to_content = /** @type {(inputs: Skip_To_ContentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to content`)
};

export const skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to the list`)
};

export const demo_badge = /** @type {(inputs: Demo_BadgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo data`)
};

export const demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All entries are made up`)
};

export const demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo data: employers, jobs, spaces and events are made up.`)
};

export const language_label = /** @type {(inputs: Language_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change`)
};

export const offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No connection. You are seeing saved data – it may be out of date.`)
};

export const map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map`)
};

export const map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the map …`)
};

export const map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map could not be loaded. The list shows all places.`)
};

export const map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map controls`)
};

export const map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoom in`)
};

export const map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoom out`)
};

export const map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move north`)
};

export const map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move south`)
};

export const map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move west`)
};

export const map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move east`)
};

export const map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All three areas`)
};

export const map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show ${i?.quarter} on the map`)
};

export const legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legend`)
};

export const legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neighbourhood boundary`)
};

export const legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`District boundary`)
};

export const legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bus or tram stop`)
};

export const legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Several places (tap to zoom in)`)
};

export const kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Job offers`)
};

export const kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Employers`)
};

export const kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empty shops & rooms`)
};

export const kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Advice & help`)
};

export const kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Learning & Wi-Fi`)
};

export const kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Events`)
};

export const kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Public places`)
};

export const search_label = /** @type {(inputs: Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

export const search_placeholder = /** @type {(inputs: Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Job, company, advice …`)
};

export const search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

export const filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filters`)
};

export const filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`active: ${i?.count}`)
};

export const filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Apply`)
};

export const filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clear all filters`)
};

export const filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What are you looking for?`)
};

export const filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neighbourhood`)
};

export const filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working time`)
};

export const wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Full-time`)
};

export const wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Part-time`)
};

export const wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mini-job`)
};

export const filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`German: at most needed`)
};

export const german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`any`)
};

export const german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no German needed`)
};

export const filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What matters to me`)
};

export const filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working hours that fit childcare`)
};

export const filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suitable for refugees`)
};

export const filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wheelchair accessible`)
};

export const filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free of charge (advice, learning)`)
};

export const filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Languages spoken there`)
};

export const filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

export const open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`any time`)
};

export const open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`now`)
};

export const open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on …`)
};

export const open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day and time`)
};

export const filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Events`)
};

export const event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`from`)
};

export const event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to`)
};

export const results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Found: ${i?.count}`)
};

export const results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`On the map: ${i?.count}`)
};

export const results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No places for these filters. Choose fewer filters.`)
};

export const results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing in this part of the map. Move the map or zoom out.`)
};

export const results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There are more results than shown. Choose filters.`)
};

export const show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show more`)
};

export const show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show on the map: ${i?.title}`)
};

export const badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open`)
};

export const badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`closed`)
};

export const outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`outside the neighbourhoods`)
};

export const notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`These parts of the link were not valid and were ignored: ${i?.params}`)
};

export const sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bigger list`)
};

export const sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bigger map`)
};

export const footer_accessibility = /** @type {(inputs: Footer_AccessibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accessibility`)
};

export const footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map sources`)
};

export const back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the map`)
};

export const place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo data: this entry is made up.`)
};

export const place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This text is only available in German.`)
};

export const place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In easy German`)
};

export const place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where`)
};

export const place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neighbourhood`)
};

export const place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Address`)
};

export const place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening hours`)
};

export const place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open now`)
};

export const place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Closed now`)
};

export const hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`closed`)
};

export const hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As given:`)
};

export const place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Access`)
};

export const wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wheelchair accessible`)
};

export const wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partly wheelchair accessible`)
};

export const wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not wheelchair accessible`)
};

export const wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wheelchair access: unknown`)
};

export const place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Languages spoken`)
};

export const place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

export const place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call`)
};

export const place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write an e-mail`)
};

export const place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open website`)
};

export const place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Provider`)
};

export const place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next steps`)
};

export const place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Key facts`)
};

export const place_working_time = /** @type {(inputs: Place_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working time`)
};

export const place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} hours per week`)
};

export const place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`German`)
};

export const place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start`)
};

export const place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pay`)
};

export const salary_hour = /** @type {(inputs: Salary_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`per hour`)
};

export const salary_month = /** @type {(inputs: Salary_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`per month`)
};

export const salary_year = /** @type {(inputs: Salary_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`per year`)
};

export const place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fixed-term`)
};

export const place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working hours fit childcare`)
};

export const place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suitable for refugees`)
};

export const place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Apply by`)
};

export const place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shop`)
};

export const space_office = /** @type {(inputs: Space_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Office`)
};

export const space_room = /** @type {(inputs: Space_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Room`)
};

export const space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workshop`)
};

export const space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other`)
};

export const place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Area`)
};

export const place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rent per month`)
};

export const place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temporary use without rent possible`)
};

export const place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free from`)
};

export const place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free until`)
};

export const place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Welcome uses`)
};

export const place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who it is for`)
};

export const place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost`)
};

export const cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`free`)
};

export const cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`reduced`)
};

export const cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`paid`)
};

export const place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please bring`)
};

export const place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appointment needed`)
};

export const place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No appointment needed`)
};

export const place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

export const place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Registration needed`)
};

export const place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No registration needed`)
};

export const place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call or write an e-mail. Say that you found them on the Quartierkarte.`)
};

export const yes = /** @type {(inputs: YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yes`)
};

export const no = /** @type {(inputs: NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no`)
};

export const not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This place does not exist (any more).`)
};

export const error_title = /** @type {(inputs: Error_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong`)
};

export const a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accessibility statement`)
};

export const a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This statement is in German. If you have questions, we are happy to help in your language.`)
};