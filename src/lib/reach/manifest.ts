/** manifest.json beside the artifacts: what was built, from what, under which licences. */
import type { TransitModel } from './transit-model';

export const MANIFEST_FORMAT = 'quartierkarte-reach';
/** 2: per-feed sources and reports, the transit model, street islands per profile; (still 2,
 *  optional fields) a Sunday timetable (`files.sunday`, `sunday`) */
export const MANIFEST_VERSION = 2;

export interface ManifestFile {
	path: string;
	bytes: number;
	formatVersion: number;
}

/** One data source as the app's attribution names it. */
export interface ManifestSource {
	name: string;
	file?: string;
	/** SPDX-like licence id, or 'unknown' when the build was not told */
	licence: string;
	/** the line the app shows */
	attribution: string;
	publisher?: string;
	url?: string;
}

/** What the pipeline kept and dropped of one GTFS feed, and why. */
export interface FeedReport {
	/** feed name (namespace of its ids on collision) */
	name: string;
	file?: string;
	publisher?: string;
	licence: string;
	/** the feed's own calendar range, YYYY-MM-DD */
	calendar: { start: string; end: string };
	/** trips running on the service day (and the previous evening's past midnight), after
	 *  frequencies.txt was expanded */
	trips: {
		active: number;
		kept: number;
		/** reason → count; reasons outside the area are not a loss */
		dropped: Record<string, number>;
		fromFrequencies: number;
		/** trips with stop times filled in by interpolation */
		interpolated: number;
	};
	stops: {
		inFeed: number;
		inArea: number;
		/** used by a kept trip */
		used: number;
		/** used stops more than the snap radius from any street walkers may use */
		farFromStreet: number;
		/** used stops whose nearest walkable street is cut off from the network (they snap to
		 *  the network farther away, or not at all) */
		onIsland: number;
		/** a few stop ids per problem, to look up in the feed */
		examples: Record<string, string[]>;
	};
	/** ids renamed `<feed>:<id>` because another feed uses them too */
	namespacedIds: number;
	/** share of the trips and stops touching the area that could not be used (0..1) */
	loss: number;
}

export interface StreetReport {
	nodes: number;
	edges: number;
	/** per profile: street segments cut off from that profile's largest component */
	islandSegments: { walk: number; wheelchair: number; bike: number };
	/** nodes dropped because no profile can reach them */
	droppedNodes: number;
}

/** One feed on the Sunday the build checked. */
export interface SundayFeed {
	name: string;
	/** 'service': trips run that day; 'none': the feed's calendar covers the day and no trip
	 *  runs (no bus on Sunday); 'no-data': the calendar does not reach the day, so the feed says
	 *  nothing about Sundays */
	status: 'service' | 'none' | 'no-data';
	/** trips kept on the Sunday (with Saturday's past midnight) */
	trips: number;
	/** the feed's own calendar range, YYYY-MM-DD */
	calendar?: { start: string; end: string };
}

/** The Sunday timetable (weekend hours are checked on it). Absent: the build made none. */
export interface SundayManifest {
	/** the Sunday whose calendar the timetable follows, YYYY-MM-DD */
	date: string;
	feeds: SundayFeed[];
}

/** Feeds without data for the Sunday: while any is listed, the build writes no Sunday file. */
export function sundayMissing(s: SundayManifest | undefined): string[] {
	return (s?.feeds ?? []).filter((f) => f.status === 'no-data').map((f) => f.name);
}

export interface ReachManifest {
	format: typeof MANIFEST_FORMAT;
	formatVersion: number;
	/** true for the bundled demo timetable (fictional lines on real stop positions) */
	demo: boolean;
	/** label for the UI, e.g. "Demo-Fahrplan" */
	label?: string;
	serviceDate: string;
	builtAt: string;
	/** 'street' when streets.v1.bin is present, else walking/cycling use the fallback model */
	model: 'street' | 'fallback';
	/** `sunday`: the Sunday's timetable, same format as `transit`, loaded only for weekend hours */
	files: { streets?: ManifestFile; transit?: ManifestFile; sunday?: ManifestFile };
	/** every source the app must credit (OpenStreetMap, each GTFS feed) */
	sources: ManifestSource[];
	/** the transit model the figures follow (absent in version 1: the defaults) */
	transitModel?: TransitModel;
	feeds?: FeedReport[];
	/** the Sunday timetable's day and each feed's part in it */
	sunday?: SundayManifest;
	streets?: StreetReport;
	stats: Record<string, number>;
}

export function isReachManifest(x: unknown): x is ReachManifest {
	if (typeof x !== 'object' || x === null) return false;
	const m = x as Partial<ReachManifest>;
	return (
		m.format === MANIFEST_FORMAT &&
		typeof m.formatVersion === 'number' &&
		typeof m.files === 'object' &&
		Array.isArray(m.sources)
	);
}
