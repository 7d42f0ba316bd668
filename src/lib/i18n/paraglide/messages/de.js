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
	return /** @type {LocalizedString} */ (`Arbeit, Räume und Hilfe in Sennestadt, Sieker-Mitte und Baumheide`)
};

export const meta_description = /** @type {(inputs: Meta_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte der Chancen in drei Bielefelder Quartieren: Stellen, Arbeitgeber, Räume, Beratung, Lernorte und Termine.`)
};

export const skip_to_content = /** @type {(inputs: Skip_To_ContentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zum Inhalt springen`)
};

export const skip_to_list = /** @type {(inputs: Skip_To_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Liste springen`)
};

export const demo_badge = /** @type {(inputs: Demo_BadgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo-Daten`)
};

export const demo_badge_title = /** @type {(inputs: Demo_Badge_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Einträge sind erfunden`)
};

export const demo_note = /** @type {(inputs: Demo_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo-Daten: Arbeitgeber, Stellen, Räume und Termine sind erfunden.`)
};

export const language_label = /** @type {(inputs: Language_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprache`)
};

export const language_apply = /** @type {(inputs: Language_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wechseln`)
};

export const offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Verbindung. Sie sehen gespeicherte Daten – sie können veraltet sein.`)
};

export const map_region = /** @type {(inputs: Map_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte`)
};

export const map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte wird geladen …`)
};

export const map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Karte konnte nicht geladen werden. Die Liste zeigt alle Orte.`)
};

export const map_controls = /** @type {(inputs: Map_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte bedienen`)
};

export const map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vergrößern`)
};

export const map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verkleinern`)
};

export const map_pan_north = /** @type {(inputs: Map_Pan_NorthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Norden`)
};

export const map_pan_south = /** @type {(inputs: Map_Pan_SouthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Süden`)
};

export const map_pan_west = /** @type {(inputs: Map_Pan_WestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Westen`)
};

export const map_pan_east = /** @type {(inputs: Map_Pan_EastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Osten`)
};

export const map_show_all = /** @type {(inputs: Map_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle drei Quartiere`)
};

export const map_go_to = /** @type {(inputs: Map_Go_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Karte auf ${i?.quarter} zeigen`)
};

export const legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legende`)
};

export const legend_quarter = /** @type {(inputs: Legend_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quartiersgrenze`)
};

export const legend_district = /** @type {(inputs: Legend_DistrictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stadtbezirksgrenze`)
};

export const legend_stop = /** @type {(inputs: Legend_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haltestelle`)
};

export const legend_cluster = /** @type {(inputs: Legend_ClusterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mehrere Orte (antippen zum Vergrößern)`)
};

export const kind_vacancy = /** @type {(inputs: Kind_VacancyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellenangebote`)
};

export const kind_employer = /** @type {(inputs: Kind_EmployerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitgeber`)
};

export const kind_vacant_space = /** @type {(inputs: Kind_Vacant_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leerstand & Räume`)
};

export const kind_support_service = /** @type {(inputs: Kind_Support_ServiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beratung & Hilfe`)
};

export const kind_learning_place = /** @type {(inputs: Kind_Learning_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lernorte & WLAN`)
};

export const kind_event = /** @type {(inputs: Kind_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termine`)
};

export const kind_public_space = /** @type {(inputs: Kind_Public_SpaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffentliche Orte`)
};

export const search_label = /** @type {(inputs: Search_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suche`)
};

export const search_placeholder = /** @type {(inputs: Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stelle, Betrieb, Beratung …`)
};

export const search_submit = /** @type {(inputs: Search_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suchen`)
};

export const filters_title = /** @type {(inputs: Filters_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter`)
};

export const filters_active = /** @type {(inputs: Filters_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`aktiv: ${i?.count}`)
};

export const filters_apply = /** @type {(inputs: Filters_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwenden`)
};

export const filters_reset = /** @type {(inputs: Filters_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Filter löschen`)
};

export const filter_kind = /** @type {(inputs: Filter_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was suchen Sie?`)
};

export const filter_quarter = /** @type {(inputs: Filter_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quartier`)
};

export const filter_working_time = /** @type {(inputs: Filter_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeit`)
};

export const wt_full_time = /** @type {(inputs: Wt_Full_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vollzeit`)
};

export const wt_part_time = /** @type {(inputs: Wt_Part_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teilzeit`)
};

export const wt_mini_job = /** @type {(inputs: Wt_Mini_JobInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Minijob`)
};

export const filter_german = /** @type {(inputs: Filter_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deutsch: höchstens nötig`)
};

export const german_any = /** @type {(inputs: German_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`egal`)
};

export const german_none = /** @type {(inputs: German_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kein Deutsch nötig`)
};

export const filter_needs = /** @type {(inputs: Filter_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was mir wichtig ist`)
};

export const filter_childcare = /** @type {(inputs: Filter_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeiten passend zur Kinderbetreuung`)
};

export const filter_refugees = /** @type {(inputs: Filter_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geeignet für Geflüchtete`)
};

export const filter_wheelchair = /** @type {(inputs: Filter_WheelchairInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit dem Rollstuhl erreichbar`)
};

export const filter_free = /** @type {(inputs: Filter_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kostenlos (Beratung, Lernorte)`)
};

export const filter_languages = /** @type {(inputs: Filter_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Man spricht dort`)
};

export const filter_open = /** @type {(inputs: Filter_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geöffnet`)
};

export const open_any = /** @type {(inputs: Open_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`egal`)
};

export const open_now = /** @type {(inputs: Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jetzt`)
};

export const open_at = /** @type {(inputs: Open_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`am …`)
};

export const open_at_time = /** @type {(inputs: Open_At_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tag und Uhrzeit`)
};

export const filter_event_date = /** @type {(inputs: Filter_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termine`)
};

export const event_from = /** @type {(inputs: Event_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`von`)
};

export const event_to = /** @type {(inputs: Event_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bis`)
};

export const results_found = /** @type {(inputs: Results_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gefunden: ${i?.count}`)
};

export const results_in_view = /** @type {(inputs: Results_In_ViewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Im Kartenausschnitt: ${i?.count}`)
};

export const results_none = /** @type {(inputs: Results_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Orte für diese Filter. Wählen Sie weniger Filter.`)
};

export const results_none_in_view = /** @type {(inputs: Results_None_In_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In diesem Kartenausschnitt ist nichts. Verschieben oder verkleinern Sie die Karte.`)
};

export const results_truncated = /** @type {(inputs: Results_TruncatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es gibt mehr Treffer als gezeigt. Wählen Sie Filter.`)
};

export const show_more = /** @type {(inputs: Show_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mehr zeigen`)
};

export const show_on_map = /** @type {(inputs: Show_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auf der Karte zeigen: ${i?.title}`)
};

export const badge_open = /** @type {(inputs: Badge_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`geöffnet`)
};

export const badge_closed = /** @type {(inputs: Badge_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`geschlossen`)
};

export const outside_quarters = /** @type {(inputs: Outside_QuartersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`außerhalb der Quartiere`)
};

export const notice_ignored = /** @type {(inputs: Notice_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Diese Angaben im Link waren ungültig und wurden ignoriert: ${i?.params}`)
};

export const sheet_more_list = /** @type {(inputs: Sheet_More_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liste vergrößern`)
};

export const sheet_more_map = /** @type {(inputs: Sheet_More_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte vergrößern`)
};

export const footer_accessibility = /** @type {(inputs: Footer_AccessibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Barrierefreiheit`)
};

export const footer_sources = /** @type {(inputs: Footer_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kartenquellen`)
};

export const back_to_map = /** @type {(inputs: Back_To_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Karte`)
};

export const place_demo = /** @type {(inputs: Place_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo-Daten: dieser Eintrag ist erfunden.`)
};

export const place_only_german = /** @type {(inputs: Place_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diesen Text gibt es nur auf Deutsch.`)
};

export const place_easy_german = /** @type {(inputs: Place_Easy_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In Leichter Sprache`)
};

export const place_where = /** @type {(inputs: Place_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wo`)
};

export const place_quarter = /** @type {(inputs: Place_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quartier`)
};

export const place_address = /** @type {(inputs: Place_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse`)
};

export const place_hours = /** @type {(inputs: Place_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffnungszeiten`)
};

export const place_open_now = /** @type {(inputs: Place_Open_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt geöffnet`)
};

export const place_closed_now = /** @type {(inputs: Place_Closed_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt geschlossen`)
};

export const hours_closed = /** @type {(inputs: Hours_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`geschlossen`)
};

export const hours_as_given = /** @type {(inputs: Hours_As_GivenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`So angegeben:`)
};

export const place_access = /** @type {(inputs: Place_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zugang`)
};

export const wheelchair_yes = /** @type {(inputs: Wheelchair_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit dem Rollstuhl erreichbar`)
};

export const wheelchair_limited = /** @type {(inputs: Wheelchair_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teilweise mit dem Rollstuhl erreichbar`)
};

export const wheelchair_no = /** @type {(inputs: Wheelchair_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht mit dem Rollstuhl erreichbar`)
};

export const wheelchair_unknown = /** @type {(inputs: Wheelchair_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zugang mit dem Rollstuhl: unbekannt`)
};

export const place_languages = /** @type {(inputs: Place_LanguagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprachen vor Ort`)
};

export const place_contact = /** @type {(inputs: Place_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt`)
};

export const place_call = /** @type {(inputs: Place_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anrufen`)
};

export const place_write = /** @type {(inputs: Place_WriteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-Mail schreiben`)
};

export const place_website = /** @type {(inputs: Place_WebsiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Website öffnen`)
};

export const place_organisation = /** @type {(inputs: Place_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anbieter`)
};

export const place_next_steps = /** @type {(inputs: Place_Next_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`So geht es weiter`)
};

export const place_details = /** @type {(inputs: Place_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Wichtigste`)
};

export const place_working_time = /** @type {(inputs: Place_Working_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeit`)
};

export const place_hours_week = /** @type {(inputs: Place_Hours_WeekInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hours} Stunden pro Woche`)
};

export const place_german = /** @type {(inputs: Place_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deutsch`)
};

export const place_start = /** @type {(inputs: Place_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beginn`)
};

export const place_salary = /** @type {(inputs: Place_SalaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lohn`)
};

export const salary_hour = /** @type {(inputs: Salary_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pro Stunde`)
};

export const salary_month = /** @type {(inputs: Salary_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pro Monat`)
};

export const salary_year = /** @type {(inputs: Salary_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pro Jahr`)
};

export const place_fixed_term = /** @type {(inputs: Place_Fixed_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Befristet`)
};

export const place_childcare = /** @type {(inputs: Place_ChildcareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitszeiten passen zur Kinderbetreuung`)
};

export const place_refugees = /** @type {(inputs: Place_RefugeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geeignet für Geflüchtete`)
};

export const place_apply_until = /** @type {(inputs: Place_Apply_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bewerben bis`)
};

export const place_space_type = /** @type {(inputs: Place_Space_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Art`)
};

export const space_shop = /** @type {(inputs: Space_ShopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laden`)
};

export const space_office = /** @type {(inputs: Space_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Büro`)
};

export const space_room = /** @type {(inputs: Space_RoomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raum`)
};

export const space_workshop = /** @type {(inputs: Space_WorkshopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Werkstatt`)
};

export const space_other = /** @type {(inputs: Space_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonstiges`)
};

export const place_area = /** @type {(inputs: Place_AreaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fläche`)
};

export const place_rent = /** @type {(inputs: Place_RentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Miete pro Monat`)
};

export const place_free_interim = /** @type {(inputs: Place_Free_InterimInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zwischennutzung ohne Miete möglich`)
};

export const place_available = /** @type {(inputs: Place_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frei ab`)
};

export const place_available_until = /** @type {(inputs: Place_Available_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frei bis`)
};

export const place_welcome_uses = /** @type {(inputs: Place_Welcome_UsesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gewünschte Nutzung`)
};

export const place_eligibility = /** @type {(inputs: Place_EligibilityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für wen`)
};

export const place_cost = /** @type {(inputs: Place_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kosten`)
};

export const cost_free = /** @type {(inputs: Cost_FreeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kostenlos`)
};

export const cost_reduced = /** @type {(inputs: Cost_ReducedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ermäßigt`)
};

export const cost_paid = /** @type {(inputs: Cost_PaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kostenpflichtig`)
};

export const place_documents = /** @type {(inputs: Place_DocumentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte mitbringen`)
};

export const place_appointment_needed = /** @type {(inputs: Place_Appointment_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur mit Termin`)
};

export const place_no_appointment = /** @type {(inputs: Place_No_AppointmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Termin`)
};

export const place_when = /** @type {(inputs: Place_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wann`)
};

export const place_registration_needed = /** @type {(inputs: Place_Registration_NeededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung nötig`)
};

export const place_no_registration = /** @type {(inputs: Place_No_RegistrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Anmeldung`)
};

export const place_next_contact = /** @type {(inputs: Place_Next_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rufen Sie an oder schreiben Sie eine E-Mail. Sagen Sie, dass Sie die Quartierkarte benutzt haben.`)
};

export const yes = /** @type {(inputs: YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ja`)
};

export const no = /** @type {(inputs: NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nein`)
};

export const not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diesen Ort gibt es nicht (mehr).`)
};

export const error_title = /** @type {(inputs: Error_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etwas ist schiefgegangen`)
};

export const a11y_title = /** @type {(inputs: A11y_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erklärung zur Barrierefreiheit`)
};

export const a11y_only_german = /** @type {(inputs: A11y_Only_GermanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Erklärung ist auf Deutsch. Bei Fragen helfen wir Ihnen gern in Ihrer Sprache.`)
};