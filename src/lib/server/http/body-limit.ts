import { error, type Handle } from '@sveltejs/kit';
import { m } from '$lib/i18n';

/**
 * Request bodies: how large a form may be, and what happens when it is larger (issue 9, item 9).
 *
 * Two limits:
 * - FORM_BODY_LIMIT (13 MB, fixed): the most a form may send and be acted on — five photos of up
 *   to 2 MB on a space offer, or an import of up to 12 MB, plus the text.
 * - adapter-node's BODY_SIZE_LIMIT: the most the server reads at all. The build sets its default
 *   to DEFAULT_BODY_SIZE_LIMIT (svelte.config.js writes it into build/handler.js: adapter-node's
 *   own default of 512 kB refused a single 2 MB photo with a bare "413" page, and the text typed
 *   was gone). Keep it at or above FORM_BODY_LIMIT if you set it.
 *
 * A multipart form between the two limits (a 20 MB photo) is read as a stream: its text fields are
 * kept, its files' contents are thrown away as they arrive (memory stays bounded), and the route
 * gets the form with the text and an empty file, and `locals.uploadTooLarge` set: the form comes
 * back with what was typed and a translated message (uploadTooLargeMessage). Anything else above
 * FORM_BODY_LIMIT, or a body above BODY_SIZE_LIMIT, is answered with the translated 413 page.
 */
export const FORM_BODY_LIMIT = 13 * 1024 * 1024;
export const DEFAULT_BODY_SIZE_LIMIT = '64M';
/** Text kept from an oversized form (the forms' own fields are far smaller). */
const MAX_TEXT = 1024 * 1024;
const MAX_HEADER = 16 * 1024;

export interface UploadTooLarge {
	/** Bytes the browser sent. */
	bytes: number;
	/** FORM_BODY_LIMIT. */
	limit: number;
}

export interface StreamedForm {
	fields: [string, string][];
	files: { name: string; filename: string; type: string; bytes: number }[];
	bytes: number;
}

const CRLF_CRLF = Buffer.from('\r\n\r\n');

function headerParam(header: string, key: string): string | null {
	const match = new RegExp(`(?:^|;)\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
	if (match) return match[1].replace(/\\(.)/g, '$1').replace(/%22/g, '"');
	const bare = new RegExp(`(?:^|;)\\s*${key}=([^;\\s]+)`, 'i').exec(header);
	return bare ? bare[1] : null;
}

/**
 * Reads a multipart/form-data body as it arrives: text fields kept (at most MAX_TEXT), file
 * contents counted and dropped. `prefix` are chunks already read from the same body.
 */
export async function readTextFields(
	prefix: Uint8Array[],
	reader: ReadableStreamDefaultReader<Uint8Array> | null,
	boundary: string
): Promise<StreamedForm> {
	// A leading CRLF makes the first boundary look like every other delimiter.
	const delimiter = Buffer.from(`\r\n--${boundary}`);
	const out: StreamedForm = { fields: [], files: [], bytes: 0 };
	let buf: Buffer = Buffer.from('\r\n');
	type State = 'preamble' | 'after' | 'headers' | 'body' | 'done';
	let state = 'preamble' as State;
	let part: { name: string; filename: string | null; type: string; chunks: Buffer[] } | null = null;
	let text = 0;
	let partBytes = 0;

	const take = (data: Buffer) => {
		if (!part || data.length === 0) return;
		partBytes += data.length;
		if (part.filename === null && text + data.length <= MAX_TEXT) {
			text += data.length;
			part.chunks.push(data);
		}
	};
	const finish = () => {
		if (!part) return;
		if (part.filename !== null)
			out.files.push({
				name: part.name,
				filename: part.filename,
				type: part.type,
				bytes: partBytes
			});
		else out.fields.push([part.name, Buffer.concat(part.chunks).toString('utf8')]);
		part = null;
		partBytes = 0;
	};

	const step = (): boolean => {
		// Returns true when more input is needed.
		for (;;) {
			if (state === 'done') return false;
			if (state === 'preamble' || state === 'body') {
				const at = buf.indexOf(delimiter);
				if (at === -1) {
					const keep = Math.min(buf.length, delimiter.length - 1);
					if (state === 'body') take(buf.subarray(0, buf.length - keep));
					buf = buf.subarray(buf.length - keep);
					return true;
				}
				if (state === 'body') {
					take(buf.subarray(0, at));
					finish();
				}
				buf = buf.subarray(at + delimiter.length);
				state = 'after';
			} else if (state === 'after') {
				if (buf.length < 2) return true;
				if (buf[0] === 0x2d && buf[1] === 0x2d) {
					state = 'done';
					return false;
				}
				// Transport padding, then CRLF.
				const eol = buf.indexOf('\r\n');
				if (eol === -1) return true;
				buf = buf.subarray(eol + 2);
				state = 'headers';
			} else {
				const end = buf.indexOf(CRLF_CRLF);
				if (end === -1) {
					if (buf.length > MAX_HEADER) throw error(400, m.upload_unreadable());
					return true;
				}
				const lines = buf.subarray(0, end).toString('utf8').split('\r\n');
				buf = buf.subarray(end + 4);
				let disposition = '';
				let type = '';
				for (const line of lines) {
					const colon = line.indexOf(':');
					const key = line.slice(0, colon).trim().toLowerCase();
					if (key === 'content-disposition') disposition = line.slice(colon + 1);
					if (key === 'content-type') type = line.slice(colon + 1).trim();
				}
				part = {
					name: headerParam(disposition, 'name') ?? '',
					filename: headerParam(disposition, 'filename'),
					type,
					chunks: []
				};
				state = 'body';
			}
		}
	};

	const feed = (chunk: Uint8Array) => {
		out.bytes += chunk.length;
		if (state === 'done') return;
		buf = buf.length ? Buffer.concat([buf, chunk]) : Buffer.from(chunk);
		step();
	};
	for (const chunk of prefix) feed(chunk);
	// Read to the end, the epilogue too: cancelling the body would reset the connection, and the
	// browser would show an error instead of the answer.
	while (reader) {
		const { done, value } = await reader.read();
		if (done) break;
		feed(value);
	}
	// A body cut short: what arrived of the last text field is not trusted.
	if (state !== 'done') part = null;
	return out;
}

/** The message next to a file field when the form came back because its files were too large. */
export function uploadTooLargeMessage(limit: UploadTooLarge, maxFileBytes: number) {
	return m.upload_too_large({
		mb: Math.round(maxFileBytes / 1024 / 1024),
		sent: Math.round((limit.bytes / 1024 / 1024) * 10) / 10
	});
}

/** Reads and drops the rest of a body (bounded by adapter-node's BODY_SIZE_LIMIT). */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>) {
	for (;;) if ((await reader.read()).done) return;
}

const HAS_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads at most `limit` + one chunk; `done` when the body ended within the limit. */
async function readUpTo(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number) {
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return { chunks, total, done: true };
		chunks.push(value);
		total += value.length;
		if (total > limit) return { chunks, total, done: false };
	}
}

function tooLarge(): never {
	error(413, m.upload_too_large_page({ mb: Math.round(FORM_BODY_LIMIT / 1024 / 1024) }));
}

/** The handle; runs before cleanInput (which reads the form) and everything else. */
export const bodyLimit: Handle = async ({ event, resolve }) => {
	const request = event.request;
	if (!HAS_BODY.has(request.method) || !request.body) return resolve(event);
	const length = Number(request.headers.get('content-length') ?? NaN);
	if (Number.isFinite(length) && length <= FORM_BODY_LIMIT) return resolve(event);

	const type = request.headers.get('content-type') ?? '';
	const boundary = /^multipart\/form-data\b/i.test(type) ? headerParam(type, 'boundary') : null;
	const reader = request.body.getReader();
	let head: Awaited<ReturnType<typeof readUpTo>>;
	let form: StreamedForm;
	try {
		// Without a length (chunked), or with a length above the limit.
		head = await readUpTo(reader, FORM_BODY_LIMIT);
		if (head.done) {
			// Within the limit after all (a chunked body): handed on as it came.
			event.request = new Request(request.url, {
				method: request.method,
				headers: request.headers,
				body: Buffer.concat(head.chunks)
			});
			return resolve(event);
		}
		if (!boundary) {
			await drain(reader);
			tooLarge();
		}
		form = await readTextFields(head.chunks, reader, boundary);
	} catch (e) {
		// adapter-node's BODY_SIZE_LIMIT (a SvelteKitError 413), or the body broke off.
		if ((e as { status?: number })?.status === 400) throw e;
		tooLarge();
	}
	const body = new FormData();
	for (const [name, value] of form.fields) body.append(name, value);
	// Each file field stays, empty: the form's schema sees the same fields as always.
	for (const file of form.files)
		body.append(file.name, new File([], file.filename || 'upload', { type: file.type }));
	const headers = new Headers(request.headers);
	headers.delete('content-type');
	headers.delete('content-length');
	event.request = new Request(request.url, { method: request.method, headers, body });
	event.locals.uploadTooLarge = {
		bytes: Number.isFinite(length) ? length : form.bytes,
		limit: FORM_BODY_LIMIT
	};
	return resolve(event);
};
