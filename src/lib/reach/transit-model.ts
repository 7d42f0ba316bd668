/**
 * The transit model: every choice that shapes a travel time by bus and Stadtbahn, set here once.
 * The pipeline writes the build-time part (transfers, interpolation) into manifest.json; the
 * engine reads the whole model from there (or uses these defaults) and the view names it beside
 * the figures (describeTransitModel).
 */

export interface TransitModel {
	/** departure times are sampled every minute (depart-at, window and arrive-by) */
	departureStepSeconds: 60;
	/** slack before the first boarding, after the walk from the origin (0: a vehicle that leaves
	 *  as one reaches the stop is caught; the departure time is when one leaves the door); at most
	 *  the transfer slack */
	firstBoardSlackSeconds: number;
	/** slack before every later boarding, after a ride or a transfer walk */
	transferSlackSeconds: number;
	/** at most this many vehicles in one journey */
	maxVehicles: number;
	/** walking transfers between stops, one walk right after a ride (walks are not chained) */
	transfers: {
		/** 'street': shortest walk on the street graph, both snap legs included; 'straight-line':
		 *  straight line × detourFactor (also used for stops without a street nearby) */
		kind: 'street' | 'straight-line';
		radiusMeters: number;
		detourFactor: number;
	};
	/** how stop times without a time (non-timepoints) are filled in, before clipping to the area */
	interpolation: 'shape-distance-or-stop-distance';
}

export const DEFAULT_TRANSIT_MODEL: Readonly<TransitModel> = {
	departureStepSeconds: 60,
	firstBoardSlackSeconds: 0,
	transferSlackSeconds: 60,
	maxVehicles: 8,
	transfers: { kind: 'street', radiusMeters: 1000, detourFactor: 1.3 },
	interpolation: 'shape-distance-or-stop-distance'
};

/** A model read from a manifest, completed with the defaults (older manifests lack parts). */
export function transitModelFrom(x: unknown): TransitModel {
	const m = (typeof x === 'object' && x !== null ? x : {}) as Partial<TransitModel>;
	const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
	const d = DEFAULT_TRANSIT_MODEL;
	const t = (m.transfers ?? {}) as Partial<TransitModel['transfers']>;
	const transferSlack = Math.max(0, num(m.transferSlackSeconds, d.transferSlackSeconds));
	return {
		departureStepSeconds: 60,
		// never more than the transfer slack (see RaptorOptions.firstBoardSlack)
		firstBoardSlackSeconds: Math.min(
			transferSlack,
			Math.max(0, num(m.firstBoardSlackSeconds, d.firstBoardSlackSeconds))
		),
		transferSlackSeconds: transferSlack,
		maxVehicles: Math.max(1, Math.min(16, Math.round(num(m.maxVehicles, d.maxVehicles)))),
		transfers: {
			kind: t.kind === 'straight-line' ? 'straight-line' : 'street',
			radiusMeters: num(t.radiusMeters, d.transfers.radiusMeters),
			detourFactor: num(t.detourFactor, d.transfers.detourFactor)
		},
		interpolation: 'shape-distance-or-stop-distance'
	};
}

/**
 * One sentence naming the model, for the view beside the figures (German first, English for
 * logs and tests). The view may build its own words from the fields instead.
 */
export function describeTransitModel(m: TransitModel, lang: 'de' | 'en' = 'de'): string {
	const radius = m.transfers.radiusMeters;
	if (lang === 'en') {
		const walk =
			m.transfers.kind === 'street'
				? `transfer walks up to ${radius} m along the streets`
				: `transfer walks up to ${radius} m (straight line × ${m.transfers.detourFactor})`;
		const first =
			m.firstBoardSlackSeconds > 0
				? `${m.firstBoardSlackSeconds} s before the first boarding, `
				: 'no slack before the first boarding, ';
		return (
			`Timetable model: departures every minute, at most ${m.maxVehicles} vehicles, ${first}` +
			`${m.transferSlackSeconds} s to change, ${walk}; untimed stops interpolated by distance.`
		);
	}
	const walk =
		m.transfers.kind === 'street'
			? `Umsteigewege bis ${radius} m über Straßen und Wege`
			: `Umsteigewege bis ${radius} m (Luftlinie × ${String(m.transfers.detourFactor).replace('.', ',')})`;
	const first =
		m.firstBoardSlackSeconds > 0
			? `${m.firstBoardSlackSeconds} s Puffer vor dem ersten Einstieg, `
			: 'kein Puffer vor dem ersten Einstieg, ';
	return (
		`Fahrplanmodell: Abfahrt jede Minute, höchstens ${m.maxVehicles} Fahrzeuge, ${first}` +
		`${m.transferSlackSeconds} s zum Umsteigen, ${walk}; Zwischenhalte ohne Zeit nach Entfernung verteilt.`
	);
}
