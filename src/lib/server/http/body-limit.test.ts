import { describe, expect, it } from 'vitest';
import { readTextFields } from './body-limit';

/** A multipart body as a browser would send it, and its boundary. */
async function encode(form: FormData) {
	const res = new Response(form);
	const type = res.headers.get('content-type')!;
	return { bytes: new Uint8Array(await res.arrayBuffer()), boundary: type.split('boundary=')[1] };
}

function streamOf(bytes: Uint8Array, size: number) {
	let at = 0;
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			if (at >= bytes.length) return controller.close();
			controller.enqueue(bytes.subarray(at, at + size));
			at += size;
		}
	}).getReader();
}

describe('readTextFields (an oversized form: text kept, files dropped)', () => {
	const form = new FormData();
	form.append('title', 'Laden am Markt – 30 m² 😀');
	form.append('photos', new File([new Uint8Array(300_000).fill(0x2d)], 'a.png'));
	form.append('description', 'Zeile 1\r\n--nicht die Grenze\r\nZeile 3');
	form.append('photos', new File([], 'b.png'));
	form.append('empty', '');

	for (const size of [1, 7, 64, 4096, 1 << 20]) {
		it(`reads it in chunks of ${size} bytes`, async () => {
			const { bytes, boundary } = await encode(form);
			const out = await readTextFields([], streamOf(bytes, size), boundary);
			expect(out.fields).toEqual([
				['title', 'Laden am Markt – 30 m² 😀'],
				['description', 'Zeile 1\r\n--nicht die Grenze\r\nZeile 3'],
				['empty', '']
			]);
			expect(out.files.map((f) => [f.name, f.filename, f.bytes])).toEqual([
				['photos', 'a.png', 300_000],
				['photos', 'b.png', 0]
			]);
			expect(out.bytes).toBe(bytes.length);
		});
	}

	it('continues from chunks already read', async () => {
		const { bytes, boundary } = await encode(form);
		const out = await readTextFields(
			[bytes.subarray(0, 1000), bytes.subarray(1000, 5000)],
			streamOf(bytes.subarray(5000), 999),
			boundary
		);
		expect(out.fields.map(([k]) => k)).toEqual(['title', 'description', 'empty']);
	});

	it('drops a text field the body broke off in', async () => {
		const { bytes, boundary } = await encode(form);
		const cut = bytes.length - 60;
		const out = await readTextFields([], streamOf(bytes.subarray(0, cut), 100), boundary);
		expect(out.fields.map(([k]) => k)).toEqual(['title', 'description']);
	});
});
