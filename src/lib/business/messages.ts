import { m } from '$lib/i18n';

/**
 * Texts of the business area and moderation (labels, field errors, status names) from the
 * Paraglide catalogue (messages/{locale}.json). Getters, so every read gives the language of the
 * current request on the server (zod messages included) and of the page in the browser.
 */
export const businessText = {
	get required() {
		return m.biz_required();
	},
	get noHtml() {
		return m.biz_no_html();
	},
	get number() {
		return m.biz_number();
	},
	get date() {
		return m.biz_date();
	},
	get dateTime() {
		return m.biz_date_time();
	},
	get dateInPast() {
		return m.biz_date_in_past();
	},
	get dateTooFar() {
		return m.biz_date_too_far();
	},
	get endBeforeStart() {
		return m.biz_end_before_start();
	},
	get salaryRange() {
		return m.biz_salary_range();
	},
	get salaryUnit() {
		return m.biz_salary_unit();
	},
	get email() {
		return m.biz_email();
	},
	get phone() {
		return m.biz_phone();
	},
	get url() {
		return m.biz_url();
	},
	get choose() {
		return m.biz_choose();
	},
	get coordinates() {
		return m.biz_coordinates();
	},
	get coordinatesPair() {
		return m.biz_coordinates_pair();
	},
	get locationMissing() {
		return m.biz_location_missing();
	},
	get honeypot() {
		return m.auth_bot_detected();
	},
	get fixErrors() {
		return m.biz_fix_errors();
	},
	get saveFailed() {
		return m.biz_save_failed();
	},
	get saved() {
		return m.biz_saved();
	},
	get draftSaved() {
		return m.biz_draft_saved();
	},
	get submitted() {
		return m.biz_submitted();
	},
	get withdrawn() {
		return m.biz_withdrawn();
	},
	get deleted() {
		return m.biz_deleted();
	},
	get notFound() {
		return m.biz_not_found();
	},
	get orgNotFound() {
		return m.biz_org_not_found();
	},
	get notAllowed() {
		return m.biz_not_allowed();
	},
	get fileType() {
		return m.biz_file_type();
	},
	get orgCreated() {
		return m.biz_org_created();
	},
	tooShort: (min: number) => m.biz_too_short({ min }),
	tooLong: (max: number) => m.biz_too_long({ max }),
	numberRange: (min: number, max: number) => m.biz_number_range({ min, max }),
	locationNotFound: (q: string) => m.biz_location_not_found({ q }),
	locationAmbiguous: (names: string[]) => m.biz_location_ambiguous({ names: names.join('; ') }),
	rateLimited: (seconds: number) =>
		m.biz_rate_limited({ minutes: Math.max(1, Math.ceil(seconds / 60)) }),
	renewed: (until: string) => m.biz_renewed({ until }),
	fileSize: (mb: number) => m.biz_file_size({ mb }),
	imageTooLarge: (megapixels: number) => m.biz_image_too_many_pixels({ megapixels }),
	fileCount: (n: number) => m.biz_file_count({ n }),
	inviteSent: (email: string) => m.biz_invite_sent({ email }),
	/** Mails stay German for now: reminders go out from a timer, with no reader language known. */
	reminderMail: (title: string, until: string, link: string) => ({
		subject: `Quartierkarte: „${title}“ läuft bald ab`,
		body: `Guten Tag,\n\nIhr Eintrag „${title}“ ist noch bis ${until} auf der Karte. Danach verschwindet er von der Karte (er bleibt in Ihrem Bereich gespeichert). Verlängern können Sie ihn hier:\n${link}`
	})
};

export const statusLabel: Record<string, string> = {
	get draft() {
		return m.status_draft();
	},
	get pending() {
		return m.status_pending();
	},
	get published() {
		return m.status_published();
	},
	get archived() {
		return m.status_archived();
	},
	get expired() {
		return m.status_expired();
	}
};

export const decisionLabel: Record<string, string> = {
	get submitted() {
		return m.decision_submitted();
	},
	get approved() {
		return m.decision_approved();
	},
	get returned() {
		return m.decision_returned();
	},
	get rejected() {
		return m.decision_rejected();
	},
	get withdrawn() {
		return m.decision_withdrawn();
	},
	get renewed() {
		return m.decision_renewed();
	}
};

export const entryTypeLabel = {
	get vacancy() {
		return m.entry_type_vacancy();
	},
	get internship() {
		return m.entry_type_internship();
	},
	get event() {
		return m.entry_type_event();
	},
	get space() {
		return m.entry_type_space();
	}
};

export const workingTimeLabel = {
	get full_time() {
		return m.wt_full_time();
	},
	get part_time() {
		return m.wt_part_time();
	},
	get mini_job() {
		return m.wt_mini_job();
	}
};
export const germanLevelLabel = {
	get none() {
		return m.german_level_none();
	},
	get A1() {
		return m.german_level_a1();
	},
	get A2() {
		return m.german_level_a2();
	},
	get B1() {
		return m.german_level_b1();
	},
	get B2() {
		return m.german_level_b2();
	},
	get C1() {
		return m.german_level_c1();
	},
	get C2() {
		return m.german_level_c2();
	}
};
export const salaryUnitLabel = {
	get hour() {
		return m.salary_unit_hour();
	},
	get month() {
		return m.salary_unit_month();
	},
	get year() {
		return m.salary_unit_year();
	}
};
export const eventTypeLabel = {
	get company_visit() {
		return m.event_type_company_visit();
	},
	get internship() {
		return m.event_type_internship();
	},
	get job_fair() {
		return m.event_type_job_fair();
	},
	get workshop() {
		return m.event_type_workshop();
	},
	get info() {
		return m.event_type_info();
	},
	get other() {
		return m.event_type_other();
	}
};
export const spaceTypeLabel = {
	get shop() {
		return m.space_type_shop();
	},
	get office() {
		return m.space_type_office();
	},
	get room() {
		return m.space_type_room();
	},
	get workshop() {
		return m.space_type_workshop();
	},
	get other() {
		return m.space_type_other();
	}
};

export const moderationText = {
	get approve() {
		return m.mod_approve();
	},
	get return() {
		return m.mod_return();
	},
	get reject() {
		return m.mod_reject();
	},
	get commentRequired() {
		return m.mod_comment_required();
	},
	get approved() {
		return m.mod_approved();
	},
	get returned() {
		return m.mod_returned();
	},
	get rejected() {
		return m.mod_rejected();
	},
	get notPending() {
		return m.mod_not_pending();
	}
};
