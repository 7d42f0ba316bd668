/** manifest.json beside the artifacts: what was built, from what, under which licences. */
export const MANIFEST_FORMAT = 'quartierkarte-reach';
export const MANIFEST_VERSION = 1;

export interface ManifestFile {
	path: string;
	bytes: number;
	formatVersion: number;
}

export interface ManifestSource {
	name: string;
	file?: string;
	licence: string;
	attribution: string;
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
	files: { streets?: ManifestFile; transit?: ManifestFile };
	sources: ManifestSource[];
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
