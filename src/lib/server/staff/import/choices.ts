import type { Choice } from './run';

/** Per duplicate row the staff member's choice (radio buttons named choice_<row>). */
export function choicesFrom(form: FormData): Map<number, Choice> {
	const choices = new Map<number, Choice>();
	for (const [key, value] of form) {
		const row = /^choice_(\d+)$/.exec(key)?.[1];
		if (row && (value === 'merge' || value === 'new' || value === 'skip')) {
			choices.set(Number(row), value);
		}
	}
	return choices;
}
