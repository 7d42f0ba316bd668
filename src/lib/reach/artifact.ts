/**
 * Container for the binary artifacts (streets.v1.bin, transit.v1.bin): a small header, a JSON
 * metadata block and named little-endian typed-array sections, each 8-byte aligned so the
 * browser can view them without copying.
 *
 *   0  'QKRA'            magic
 *   4  u16 container version (1), u16 reserved
 *   8  4 ASCII chars     kind ('STRT' streets, 'TRNS' transit)
 *  12  u32 format version of that kind
 *  16  u32 section count, u32 metadata byte length
 *  24  metadata (UTF-8 JSON), padded to 8
 *      section table, 32 bytes per section: name (20 bytes ASCII, NUL padded), u8 dtype,
 *      3 pad, u32 byte offset from file start, u32 element count
 *      section data, each padded to 8
 */
export type Section =
	| Int8Array
	| Uint8Array
	| Int16Array
	| Uint16Array
	| Int32Array
	| Uint32Array
	| Float32Array
	| Float64Array;

const DTYPES = [
	Int8Array,
	Uint8Array,
	Int16Array,
	Uint16Array,
	Int32Array,
	Uint32Array,
	Float32Array,
	Float64Array
] as const;

export class ArtifactError extends Error {}

export interface Artifact {
	kind: string;
	version: number;
	meta: Record<string, unknown>;
	sections: Map<string, Section>;
}

const pad8 = (n: number) => (n + 7) & ~7;

function dtypeOf(a: Section): number {
	const i = DTYPES.findIndex((T) => a instanceof T);
	if (i < 0) throw new ArtifactError('unsupported section type');
	return i;
}

export function encodeArtifact(
	kind: string,
	version: number,
	meta: Record<string, unknown>,
	sections: Record<string, Section>
): Uint8Array {
	if (kind.length !== 4) throw new ArtifactError('kind must be 4 characters');
	const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
	const names = Object.keys(sections);
	let offset = 24 + pad8(metaBytes.length) + 32 * names.length;
	const offsets: number[] = [];
	for (const name of names) {
		offsets.push(offset);
		offset = pad8(offset + sections[name].byteLength);
	}
	const out = new Uint8Array(offset);
	const view = new DataView(out.buffer);
	out.set([0x51, 0x4b, 0x52, 0x41], 0); // QKRA
	view.setUint16(4, 1, true);
	for (let i = 0; i < 4; i++) out[8 + i] = kind.charCodeAt(i);
	view.setUint32(12, version, true);
	view.setUint32(16, names.length, true);
	view.setUint32(20, metaBytes.length, true);
	out.set(metaBytes, 24);
	let table = 24 + pad8(metaBytes.length);
	names.forEach((name, k) => {
		if (name.length > 20) throw new ArtifactError(`section name too long: ${name}`);
		for (let i = 0; i < name.length; i++) out[table + i] = name.charCodeAt(i);
		const data = sections[name];
		view.setUint8(table + 20, dtypeOf(data));
		view.setUint32(table + 24, offsets[k], true);
		view.setUint32(table + 28, data.length, true);
		writeLE(out, offsets[k], data);
		table += 32;
	});
	return out;
}

function writeLE(out: Uint8Array, offset: number, data: Section): void {
	const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
	if (littleEndianHost) {
		out.set(bytes, offset);
		return;
	}
	const size = data.BYTES_PER_ELEMENT;
	for (let i = 0; i < bytes.length; i += size)
		for (let b = 0; b < size; b++) out[offset + i + b] = bytes[i + size - 1 - b];
}

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeArtifact(input: ArrayBuffer | Uint8Array, expectKind?: string): Artifact {
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	if (
		bytes.length < 24 ||
		bytes[0] !== 0x51 ||
		bytes[1] !== 0x4b ||
		bytes[2] !== 0x52 ||
		bytes[3] !== 0x41
	)
		throw new ArtifactError('not a Quartierkarte reach artifact (bad magic)');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getUint16(4, true) !== 1) throw new ArtifactError('unsupported container version');
	const kind = String.fromCharCode(...bytes.subarray(8, 12));
	if (expectKind && kind !== expectKind)
		throw new ArtifactError(`expected a ${expectKind} artifact, got ${kind}`);
	const version = view.getUint32(12, true);
	const count = view.getUint32(16, true);
	const metaLength = view.getUint32(20, true);
	const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(24, 24 + metaLength))) as Record<
		string,
		unknown
	>;
	const sections = new Map<string, Section>();
	let table = 24 + pad8(metaLength);
	for (let k = 0; k < count; k++, table += 32) {
		if (table + 32 > bytes.length) throw new ArtifactError('truncated artifact (section table)');
		let name = '';
		for (let i = 0; i < 20 && bytes[table + i] !== 0; i++)
			name += String.fromCharCode(bytes[table + i]);
		const T = DTYPES[view.getUint8(table + 20)];
		if (!T) throw new ArtifactError(`bad dtype in section ${name}`);
		const offset = view.getUint32(table + 24, true);
		const n = view.getUint32(table + 28, true);
		if (offset + n * T.BYTES_PER_ELEMENT > bytes.length)
			throw new ArtifactError(`truncated artifact (section ${name})`);
		sections.set(name, readSection(bytes, T, offset, n));
	}
	return { kind, version, meta, sections };
}

function readSection(
	bytes: Uint8Array,
	T: (typeof DTYPES)[number],
	offset: number,
	count: number
): Section {
	const size = T.BYTES_PER_ELEMENT;
	const abs = bytes.byteOffset + offset;
	if (littleEndianHost && abs % size === 0)
		return new T(bytes.buffer as ArrayBuffer, abs, count) as Section;
	const copy = new Uint8Array(count * size);
	for (let i = 0; i < copy.length; i += size)
		for (let b = 0; b < size; b++)
			copy[i + b] = bytes[offset + i + (littleEndianHost ? b : size - 1 - b)];
	return new T(copy.buffer, 0, count) as Section;
}

/** Typed section getter with a clear error when a section is missing or has another type. */
export function section<T extends Section>(
	a: Artifact,
	name: string,
	type: { new (length: number): T; BYTES_PER_ELEMENT: number }
): T {
	const s = a.sections.get(name);
	if (!s) throw new ArtifactError(`artifact ${a.kind} lacks section ${name}`);
	if (!(s instanceof type)) throw new ArtifactError(`section ${name} has an unexpected type`);
	return s as T;
}
