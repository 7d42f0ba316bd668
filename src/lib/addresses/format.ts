/**
 * The address index (addresses.v1.bin): every address of the region's OSM extract, built by the
 * pipeline (scripts/data-build/pipeline/addresses.ts) and searched on the device (./search.ts), so
 * a home address that somebody types never leaves the phone.
 *
 * Layout (little-endian):
 *   "QKA1"                      magic
 *   u32 n, n bytes              header, JSON (AddressHeader)
 *   u32 n, n bytes              street names, UTF-8, joined by "\n", sorted
 *   then per street, in that order, a varint count and its entries (sorted by house number):
 *     varint h                  house number: even → the number h/2; odd → (h-1)/2 UTF-8 bytes follow
 *                               ("12a", "3-5"); h = 1 (empty) is the street itself (its middle)
 *     zigzag varint dLon, dLat  coordinates in 1e-5° steps, delta to the previous entry
 *     varint postcode           0: none, else 1 + index into header.postcodes
 *     varint quarter            0: none, else 1 + index into header.quarters
 * Street names are stored once; house numbers are mostly one small varint; neighbouring entries of
 * a street lie metres apart, so the coordinate deltas are one or two bytes each.
 */

export const ADDRESS_FORMAT = 'quartierkarte-addresses';
export const ADDRESS_FORMAT_VERSION = 1;
const MAGIC = [0x51, 0x4b, 0x41, 0x31]; // "QKA1"
/** 1e-5° ≈ 1.1 m north–south: enough for a front door. */
export const COORD_SCALE = 1e5;

export interface AddressHeader {
	format: typeof ADDRESS_FORMAT;
	version: number;
	/** entries (addresses and street entries) */
	count: number;
	/** entries with a house number */
	addresses: number;
	streets: number;
	postcodes: string[];
	/** area ids of region.json, in the order the entries refer to them */
	quarters: string[];
	source: { name: string; file?: string; licence: string; attribution: string; url?: string };
	builtAt: string;
}

/** One entry before encoding (the pipeline's view). */
export interface AddressEntry {
	street: string;
	/** '' for the street itself */
	housenumber: string;
	lon: number;
	lat: number;
	postcode?: string;
	/** area id, if the entry lies in one */
	quarter?: string;
}

/** The decoded index: flat arrays, entry i of street streetOf[i]. */
export interface AddressIndex {
	header: AddressHeader;
	streetNames: string[];
	/** first entry of each street (streetCount + 1 offsets) */
	streetStart: Uint32Array;
	housenumbers: string[];
	lon: Float64Array;
	lat: Float64Array;
	/** 0: none, else 1 + index into header.postcodes */
	postcode: Uint16Array;
	/** 0: none, else 1 + index into header.quarters */
	quarter: Uint8Array;
}

export class AddressFormatError extends Error {}

/** Natural order of house numbers, the street's own entry ('') first: 2 < 2a < 10 < 10-12. */
export function compareHousenumbers(a: string, b: string): number {
	if (a === '' || b === '') return a === b ? 0 : a === '' ? -1 : 1;
	const na = parseInt(a, 10);
	const nb = parseInt(b, 10);
	const va = Number.isNaN(na) ? Infinity : na;
	const vb = Number.isNaN(nb) ? Infinity : nb;
	if (va !== vb) return va < vb ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}

class Writer {
	private buf = new Uint8Array(1 << 16);
	length = 0;
	private ensure(n: number) {
		if (this.length + n <= this.buf.length) return;
		let size = this.buf.length * 2;
		while (size < this.length + n) size *= 2;
		const next = new Uint8Array(size);
		next.set(this.buf.subarray(0, this.length));
		this.buf = next;
	}
	bytes(b: Uint8Array) {
		this.ensure(b.length);
		this.buf.set(b, this.length);
		this.length += b.length;
	}
	u32(v: number) {
		this.ensure(4);
		new DataView(this.buf.buffer).setUint32(this.length, v, true);
		this.length += 4;
	}
	varint(v: number) {
		this.ensure(10);
		while (v >= 0x80) {
			this.buf[this.length++] = (v & 0x7f) | 0x80;
			v = Math.floor(v / 128);
		}
		this.buf[this.length++] = v;
	}
	zigzag(v: number) {
		this.varint(v < 0 ? -2 * v - 1 : 2 * v);
	}
	finish() {
		return this.buf.slice(0, this.length);
	}
}

/** Entries → addresses.v1.bin. Entries are grouped by street and sorted; duplicates (same street,
 *  number and postcode) are kept once. */
export function encodeAddresses(
	entries: readonly AddressEntry[],
	meta: Pick<AddressHeader, 'source' | 'builtAt' | 'quarters'>
): Uint8Array {
	const byStreet = new Map<string, AddressEntry[]>();
	for (const e of entries) {
		const list = byStreet.get(e.street);
		if (list) list.push(e);
		else byStreet.set(e.street, [e]);
	}
	const streets = [...byStreet.keys()].sort((a, b) => a.localeCompare(b, 'de'));
	const postcodes = [...new Set(entries.flatMap((e) => (e.postcode ? [e.postcode] : [])))].sort();
	const postcodeIndex = new Map(postcodes.map((p, i) => [p, i + 1]));
	const quarterIndex = new Map(meta.quarters.map((q, i) => [q, i + 1]));
	const body = new Writer();
	let count = 0;
	let addresses = 0;
	let prevLon = 0;
	let prevLat = 0;
	const enc = new TextEncoder();
	for (const street of streets) {
		const seen = new Set<string>();
		const list = (byStreet.get(street) ?? [])
			.sort((a, b) => compareHousenumbers(a.housenumber, b.housenumber))
			.filter((e) => {
				const key = `${e.housenumber}\n${e.postcode ?? ''}`;
				if (seen.has(key)) return false;
				seen.add(key);
				return true;
			});
		body.varint(list.length);
		for (const e of list) {
			if (/^[1-9]\d{0,8}$/.test(e.housenumber)) body.varint(Number(e.housenumber) * 2);
			else {
				const b = enc.encode(e.housenumber);
				body.varint(b.length * 2 + 1);
				body.bytes(b);
			}
			const lon = Math.round(e.lon * COORD_SCALE);
			const lat = Math.round(e.lat * COORD_SCALE);
			body.zigzag(lon - prevLon);
			body.zigzag(lat - prevLat);
			prevLon = lon;
			prevLat = lat;
			body.varint(e.postcode ? (postcodeIndex.get(e.postcode) ?? 0) : 0);
			body.varint(e.quarter ? (quarterIndex.get(e.quarter) ?? 0) : 0);
			count++;
			if (e.housenumber) addresses++;
		}
	}
	const header: AddressHeader = {
		format: ADDRESS_FORMAT,
		version: ADDRESS_FORMAT_VERSION,
		count,
		addresses,
		streets: streets.length,
		postcodes,
		quarters: meta.quarters,
		source: meta.source,
		builtAt: meta.builtAt
	};
	const out = new Writer();
	out.bytes(new Uint8Array(MAGIC));
	const headerBytes = enc.encode(JSON.stringify(header));
	out.u32(headerBytes.length);
	out.bytes(headerBytes);
	const names = enc.encode(streets.join('\n'));
	out.u32(names.length);
	out.bytes(names);
	out.bytes(body.finish());
	return out.finish();
}

/** Just the header (the build reads it to know what the region ships). */
export function readAddressHeader(buf: Uint8Array): AddressHeader {
	if (buf.length < 8 || MAGIC.some((m, i) => buf[i] !== m))
		throw new AddressFormatError('not an address index (addresses.v1.bin)');
	const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
	const n = view.getUint32(4, true);
	if (8 + n > buf.length) throw new AddressFormatError('address index truncated (header)');
	const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + n))) as AddressHeader;
	if (header.format !== ADDRESS_FORMAT || header.version !== ADDRESS_FORMAT_VERSION)
		throw new AddressFormatError(
			`address index of another format (${header.format} ${header.version})`
		);
	return header;
}

export function decodeAddresses(buf: Uint8Array): AddressIndex {
	const header = readAddressHeader(buf);
	const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
	let pos = 8 + view.getUint32(4, true);
	const namesLength = view.getUint32(pos, true);
	pos += 4;
	const dec = new TextDecoder();
	const names = dec.decode(buf.subarray(pos, pos + namesLength));
	pos += namesLength;
	const streetNames = header.streets ? names.split('\n') : [];
	const n = header.count;
	const streetStart = new Uint32Array(streetNames.length + 1);
	const housenumbers: string[] = new Array(n);
	const lon = new Float64Array(n);
	const lat = new Float64Array(n);
	const postcode = new Uint16Array(n);
	const quarter = new Uint8Array(n);
	const varint = () => {
		let v = 0;
		let shift = 1;
		for (;;) {
			if (pos >= buf.length) throw new AddressFormatError('address index truncated');
			const b = buf[pos++];
			v += (b & 0x7f) * shift;
			if (b < 0x80) return v;
			shift *= 128;
		}
	};
	const zigzag = () => {
		const v = varint();
		return v % 2 ? -(v + 1) / 2 : v / 2;
	};
	let x = 0;
	let y = 0;
	let i = 0;
	for (let s = 0; s < streetNames.length; s++) {
		streetStart[s] = i;
		const k = varint();
		if (i + k > n) throw new AddressFormatError('address index: more entries than its header says');
		for (let j = 0; j < k; j++, i++) {
			const h = varint();
			if (h % 2 === 0) housenumbers[i] = String(h / 2);
			else {
				const len = (h - 1) / 2;
				housenumbers[i] = len ? dec.decode(buf.subarray(pos, pos + len)) : '';
				pos += len;
			}
			x += zigzag();
			y += zigzag();
			lon[i] = x / COORD_SCALE;
			lat[i] = y / COORD_SCALE;
			postcode[i] = varint();
			quarter[i] = varint();
		}
	}
	streetStart[streetNames.length] = i;
	if (i !== n) throw new AddressFormatError('address index: fewer entries than its header says');
	return { header, streetNames, streetStart, housenumbers, lon, lat, postcode, quarter };
}
