/**
 * npm run data:build -- --osm city.osm.pbf --gtfs bus.zip [--licence CC-BY-4.0] [--publisher …]
 *                       [--gtfs metro.zip …] --date 2026-12-01 [--sunday 2026-12-06 | --no-sunday]
 *                       [--out regions/<QK_REGION>/static/reach]
 *
 * Builds the reachability artifacts (streets.v1.bin, transit.v1.bin, manifest.json) and the
 * address index (addresses.v1.bin into --addresses-out, see addresses.ts). Several
 * --gtfs feeds are merged; --licence, --publisher and --name after a --gtfs describe that feed.
 * A Sunday's timetable (transit-sunday.v1.bin, from the feeds' calendars for --sunday, by default
 * the first Sunday on or after --date) is written beside it; the app loads it only to check
 * weekend hours. A feed whose calendar does not reach that Sunday means no Sunday file.
 * The files are written into a temporary folder beside --out and moved into place at the end,
 * so a failed build leaves --out as it was. Progress goes to stderr; errors end with exit code 1
 * and one clear line.
 */
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TransitModel } from '../../src/lib/reach/transit-model.ts';
import { buildArtifacts, DEFAULT_MAX_LOSS, SUNDAY_FILE, type FeedInput } from './pipeline/build.ts';
import { feedNames } from './pipeline/feeds.ts';
import type { FeedMeta } from './pipeline/gtfs.ts';
import { defaultAddressOut, writeAddressIndex } from './addresses.ts';

interface Args {
	osm?: string;
	feeds: { path: string; licence?: string; publisher?: string; name?: string }[];
	date?: string;
	/** YYYY-MM-DD, '' for none; default the first Sunday on or after date */
	sunday?: string;
	out: string;
	/** folder of the address index (addresses.v1.bin) */
	addressesOut: string;
	bbox?: [number, number, number, number];
	quarterCheck: boolean;
	acceptLoss: boolean;
	maxLoss: number;
	model: Partial<TransitModel>;
}

const USAGE = `usage: npm run data:build -- --osm city.osm.pbf --gtfs feed.zip [--licence ID] [--publisher NAME] [--name SHORT]
                      [--gtfs another.zip …] --date YYYY-MM-DD [--sunday YYYY-MM-DD | --no-sunday]
                      [--out regions/<QK_REGION>/static/reach]
                      [--addresses-out regions/<QK_REGION>/static/addresses]
                      [--bbox minLon,minLat,maxLon,maxLat] [--no-quarter-check]
                      [--accept-loss] [--max-loss ${DEFAULT_MAX_LOSS}]
                      [--transfers street|straight-line] [--transfer-radius METRES]
                      [--transfer-slack SECONDS] [--first-board-slack SECONDS] [--max-vehicles N]`;

function fail(message: string): never {
	process.stderr.write(`data:build: ${message}\n`);
	process.exit(1);
}

function parseArgs(argv: string[]): Args {
	const args: Args = {
		out: `regions/${process.env.QK_REGION || 'bielefeld'}/static/reach`,
		addressesOut: defaultAddressOut(),
		feeds: [],
		quarterCheck: true,
		acceptLoss: false,
		maxLoss: DEFAULT_MAX_LOSS,
		model: {}
	};
	const transfers: Partial<TransitModel['transfers']> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined || v.startsWith('--')) fail(`${a} needs a value\n${USAGE}`);
			return v;
		};
		const number = () => {
			const v = Number(value());
			if (!Number.isFinite(v) || v < 0) fail(`${a} wants a number ≥ 0`);
			return v;
		};
		const lastFeed = () => {
			const f = args.feeds[args.feeds.length - 1];
			if (!f) fail(`${a} describes the --gtfs feed before it: put it after that --gtfs`);
			return f;
		};
		if (a === '--osm') args.osm = value();
		else if (a === '--gtfs') args.feeds.push({ path: value() });
		else if (a === '--licence' || a === '--license') lastFeed().licence = value();
		else if (a === '--publisher') lastFeed().publisher = value();
		else if (a === '--name') lastFeed().name = value();
		else if (a === '--date') args.date = value();
		else if (a === '--sunday') args.sunday = value();
		else if (a === '--no-sunday') args.sunday = '';
		else if (a === '--out') args.out = value();
		else if (a === '--addresses-out') args.addressesOut = value();
		else if (a === '--no-quarter-check') args.quarterCheck = false;
		else if (a === '--accept-loss') args.acceptLoss = true;
		else if (a === '--max-loss') args.maxLoss = number();
		else if (a === '--transfers') {
			const v = value();
			if (v !== 'street' && v !== 'straight-line')
				fail('--transfers wants street or straight-line');
			transfers.kind = v;
		} else if (a === '--transfer-radius') transfers.radiusMeters = number();
		else if (a === '--transfer-slack') args.model.transferSlackSeconds = number();
		else if (a === '--first-board-slack') args.model.firstBoardSlackSeconds = number();
		else if (a === '--max-vehicles') args.model.maxVehicles = number();
		else if (a === '--bbox') {
			const parts = value().split(',').map(Number);
			if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p)))
				fail('--bbox wants minLon,minLat,maxLon,maxLat');
			args.bbox = parts as [number, number, number, number];
		} else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else fail(`unknown argument ${a}\n${USAGE}`);
	}
	if (Object.keys(transfers).length)
		args.model.transfers = {
			kind: transfers.kind ?? 'street',
			radiusMeters: transfers.radiusMeters ?? 1000,
			detourFactor: 1.3
		};
	if (!args.osm || args.feeds.length === 0 || !args.date) fail(USAGE);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date ?? ''))
		fail(`--date wants YYYY-MM-DD, got ${args.date}`);
	if (args.sunday === undefined) {
		const d = new Date(`${args.date}T12:00:00Z`);
		d.setUTCDate(d.getUTCDate() + ((7 - d.getUTCDay()) % 7));
		args.sunday = d.toISOString().slice(0, 10);
	} else if (args.sunday && !/^\d{4}-\d{2}-\d{2}$/.test(args.sunday))
		fail(`--sunday wants YYYY-MM-DD, got ${args.sunday}`);
	else if (args.sunday && new Date(`${args.sunday}T12:00:00Z`).getUTCDay() !== 0)
		fail(`--sunday ${args.sunday} is not a Sunday: pass a Sunday (or --no-sunday)`);
	return args;
}

function readInput(path: string, what: string): Uint8Array {
	try {
		if (!statSync(path).isFile()) fail(`${what} ${path} is not a file`);
		return new Uint8Array(readFileSync(path));
	} catch (e) {
		fail(`cannot read ${what} ${path}: ${(e as Error).message}`);
	}
}

/** Write the files into a fresh folder beside `out`, then swap it in (rename is atomic); files
 *  of the old folder that this build does not write are kept, except those named in `drop`. */
function writeAtomically(
	out: string,
	files: Record<string, Uint8Array | string>,
	drop: string[] = []
): void {
	const target = resolve(out);
	mkdirSync(dirname(target), { recursive: true });
	const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
	try {
		chmodSync(tmp, 0o755); // mkdtemp makes it private; the folder is served as static files
		for (const [name, data] of Object.entries(files)) writeFileSync(join(tmp, name), data);
		let old: string | undefined;
		if (existsSync(target)) {
			// keep files of the folder that this build does not write (e.g. a README)
			old = `${tmp}.old`;
			renameSync(target, old);
		}
		renameSync(tmp, target);
		if (old) {
			for (const f of readdirSync(old))
				if (!(f in files) && !drop.includes(f) && !existsSync(join(target, f)))
					renameSync(join(old, f), join(target, f));
			rmSync(old, { recursive: true, force: true });
		}
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
}

const started = Date.now();
const args = parseArgs(process.argv.slice(2));
const progress = (msg: string) =>
	process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}\n`);
try {
	const names = feedNames(args.feeds.map((f) => f.path));
	const feeds: FeedInput[] = args.feeds.map((f, k) => {
		const meta: FeedMeta = {
			name: f.name ?? names[k],
			file: basename(f.path),
			licence: f.licence,
			publisher: f.publisher
		};
		return { bytes: readInput(f.path, 'GTFS file'), meta };
	});
	const out = buildArtifacts({
		osm: readInput(args.osm as string, 'OSM file'),
		osmName: basename(args.osm as string),
		feeds,
		date: args.date as string,
		sunday: args.sunday || undefined,
		bbox: args.bbox,
		requireRegion: args.quarterCheck,
		transitModel: args.model,
		maxLoss: args.maxLoss,
		acceptLoss: args.acceptLoss,
		progress
	});
	writeAtomically(
		args.out,
		{
			'streets.v1.bin': out.streets,
			'transit.v1.bin': out.transit,
			...(out.sunday && { [SUNDAY_FILE]: out.sunday }),
			'manifest.json': JSON.stringify(out.manifest, null, '\t') + '\n'
		},
		[SUNDAY_FILE]
	);
	const gz = gzipSync(out.streets).length + gzipSync(out.transit).length;
	progress(
		`wrote ${args.out}: streets ${out.streets.length} B, transit ${out.transit.length} B ` +
			`(${gz} B gzip)` +
			(out.sunday
				? `, Sunday ${out.manifest.sunday?.date} ${out.sunday.length} B (${gzipSync(out.sunday).length} B gzip, loaded only for weekend hours)`
				: out.manifest.sunday
					? `, no Sunday timetable (a feed has no data for ${out.manifest.sunday.date})`
					: '')
	);
	const osmBytes = readInput(args.osm as string, 'OSM file');
	progress(
		writeAddressIndex(
			osmBytes,
			basename(args.osm as string),
			args.addressesOut,
			args.bbox,
			progress
		)
	);
} catch (e) {
	fail((e as Error).message);
}
