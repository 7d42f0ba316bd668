/** The status line a form shows above its fields (superforms' `message`). */
export interface FormMessage {
	type: 'ok' | 'error';
	text: string;
}
