import type { SuperValidated } from 'sveltekit-superforms';
import type { FormMessage } from '$lib/forms/message';
import type { EntryType, EventForm, SpaceForm, VacancyForm } from './schemas';

/** The form values of each entry kind (an internship is an event of event_type 'internship'). */
export interface EntryValuesByType {
	vacancy: VacancyForm;
	internship: EventForm;
	event: EventForm;
	space: SpaceForm;
}

/** Any kind's values: what the one entry form edits (field names checked against all three). */
export type EntryValues = EntryValuesByType[EntryType];

/** An entry form as the server hands it to the page: its kind and that kind's typed form. */
export type EntryFormData = {
	[K in EntryType]: { type: K; form: SuperValidated<EntryValuesByType[K], FormMessage> };
}[EntryType];
