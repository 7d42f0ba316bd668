/** CSV as GTFS uses it (RFC 4180, BOM tolerant), also in chunks for files larger than a string. */

/** Parse CSV (RFC 4180, BOM tolerant) into records; lines without quotes take a fast path. */
export function parseCsvRows(text: string): string[][] {
	const rows: string[][] = [];
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const n = text.length;
	while (i < n) {
		let nl = text.indexOf('\n', i);
		if (nl < 0) nl = n;
		let line = text.slice(i, nl);
		if (!line.includes('"')) {
			if (line.endsWith('\r')) line = line.slice(0, -1);
			if (line.length) rows.push(line.split(','));
			i = nl + 1;
			continue;
		}
		// quoted fields, possibly spanning lines
		const row: string[] = [];
		let field = '';
		let quoted = false;
		for (; i < n; i++) {
			const c = text[i];
			if (quoted) {
				if (c === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i++;
					} else quoted = false;
				} else field += c;
			} else if (c === '"') quoted = true;
			else if (c === ',') {
				row.push(field);
				field = '';
			} else if (c === '\n' || c === '\r') {
				if (c === '\r' && text[i + 1] === '\n') i++;
				break;
			} else field += c;
		}
		i++;
		row.push(field);
		rows.push(row);
	}
	return rows;
}

export function parseCsv(text: string): { header: string[]; rows: string[][] } {
	const rows = parseCsvRows(text);
	const header = (rows.shift() ?? []).map((h) => h.trim());
	return { header, rows };
}

/**
 * Visit the records of a large CSV file chunk by chunk: a state-wide stop_times.txt is larger
 * than the longest string V8 allows. Chunks end at a newline outside quotes.
 */
export function forEachCsvRecord(
	data: Uint8Array,
	visit: (fields: string[], header: string[]) => void,
	chunkBytes = 16 << 20
): void {
	const decoder = new TextDecoder();
	let header: string[] | null = null;
	let start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
	while (start < data.length) {
		let end = Math.min(data.length, start + chunkBytes);
		let quotes = 0;
		for (let i = start; i < end; i++) if (data[i] === 0x22) quotes++;
		while (end < data.length && (data[end - 1] !== 0x0a || quotes % 2 === 1)) {
			if (data[end] === 0x22) quotes++;
			end++;
		}
		const rows = parseCsvRows(decoder.decode(data.subarray(start, end)));
		let k = 0;
		if (!header) {
			header = (rows[0] ?? []).map((h) => h.trim());
			k = 1;
		}
		for (; k < rows.length; k++) visit(rows[k], header);
		start = end;
	}
}
