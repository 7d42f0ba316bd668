/**
 * What a form without JavaScript posted, kept so that a 503 page can hand it back in a form that
 * sends it again (issue 9: nothing typed is lost when the database does not answer). Text fields
 * only (files cannot be put back into a page), never a password, at most 200 kB of text.
 */
export interface PostedForm {
	/** Where the form went: the same path and action (`?/save`). */
	action: string;
	fields: { name: string; value: string }[];
	/** Names of password fields: asked again, empty. */
	secrets: string[];
	/** A file was posted that the page cannot give back. */
	files: boolean;
}

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
const SECRET = /pass(word)?|secret|token/i;
const MAX_TEXT = 200_000;

export async function readPostedForm(request: Request, url: URL): Promise<PostedForm | undefined> {
	if (request.method !== 'POST') return undefined;
	// With JavaScript (use:enhance) the page keeps what was typed and shows the error itself.
	if (request.headers.get('x-sveltekit-action') === 'true') return undefined;
	if (!FORM_TYPE.test(request.headers.get('content-type') ?? '')) return undefined;
	let form: FormData;
	try {
		form = await request.clone().formData();
	} catch {
		return undefined;
	}
	const posted: PostedForm = {
		action: url.pathname + url.search,
		fields: [],
		secrets: [],
		files: false
	};
	let size = 0;
	for (const [name, value] of form) {
		if (typeof value !== 'string') {
			if (value.size > 0) posted.files = true;
			continue;
		}
		if (SECRET.test(name)) {
			if (!posted.secrets.includes(name)) posted.secrets.push(name);
			continue;
		}
		size += name.length + value.length;
		if (size > MAX_TEXT) break;
		posted.fields.push({ name, value });
	}
	return posted;
}
