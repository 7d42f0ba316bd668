import type { SuperValidated } from 'sveltekit-superforms';
import type { FormMessage } from '$lib/forms/message';
import type {
	AnyEntryType,
	BasicPlaceForm,
	EventForm,
	ServiceForm,
	SpaceForm,
	VacancyForm
} from './schemas';

/**
 * The form values of each entry kind (an internship is an event of event_type 'internship').
 * Businesses enter the first four; staff every one.
 */
export interface EntryValuesByType {
	vacancy: VacancyForm;
	internship: EventForm;
	event: EventForm;
	space: SpaceForm;
	support_service: ServiceForm;
	learning_place: ServiceForm;
	public_space: BasicPlaceForm;
	employer: BasicPlaceForm;
}

/** Any kind's values: what the one entry form edits (field names checked against all of them). */
export type EntryValues = EntryValuesByType[AnyEntryType];

/** An entry form as the server hands it to the page: its kind and that kind's typed form. */
export type EntryFormData = {
	[K in AnyEntryType]: { type: K; form: SuperValidated<EntryValuesByType[K], FormMessage> };
}[AnyEntryType];
