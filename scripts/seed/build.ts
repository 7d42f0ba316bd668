/**
 * The whole demo seed from its inputs, without touching the disk: the region, its open data and
 * the catalogue in; the SQL and the static layers out. The steps run in a fixed order because
 * they share one random sequence.
 */
import type { Catalogue } from './catalogue.ts';
import { DemoLocations } from './locations.ts';
import { addEmployers, addOrganisations, addVacancies } from './jobs.ts';
import { addLearningPlaces, addPublicSpaces, addServices } from './offers.ts';
import type { OpenData } from './open-data.ts';
import { buildQuarters } from './quarters.ts';
import { SeededRandom } from './random.ts';
import type { SeedRegion } from './region.ts';
import { addEvents, addUnpublished, addVacantSpaces } from './spaces-and-events.ts';
import { seedSql } from './sql.ts';
import { staticLayers } from './static-layers.ts';
import { DemoWorld, type PlaceRow } from './world.ts';

export const SEED = 20261125;
/** The demo's "today": what counts as visible in the summary. */
const DEMO_TODAY = '2026-11-25';

export interface SeedOutput {
	sql: string;
	/** static/data file name → contents */
	staticFiles: Map<string, string>;
	world: DemoWorld;
}

export function buildSeed(
	region: SeedRegion,
	data: OpenData,
	catalogue: Catalogue,
	log: (line: string) => void = () => {}
): SeedOutput {
	log(
		`[seed] ${data.districts.length} districts, ${data.stops.length} stops, ${data.schools.length} schools`
	);
	const quarters = buildQuarters(region, data, log);
	const random = new SeededRandom(SEED);
	const locations = new DemoLocations(random, region, quarters, data.outline, data.stops, log);
	const world = new DemoWorld(random, locations, catalogue, region);

	addOrganisations(world);
	log('[seed] employers and vacancies');
	addEmployers(world);
	addVacancies(world);
	log('[seed] support services, learning places, public spaces, spaces, events');
	addServices(world);
	addLearningPlaces(world);
	addPublicSpaces(world);
	addVacantSpaces(world);
	addEvents(world);
	log('[seed] drafts, pending and expired rows');
	addUnpublished(world);

	check(world, region, log);
	const { files, counts } = staticLayers(region, data, quarters);
	for (const [name, n] of counts) log(`[seed] ${name}: ${n} features`);
	return {
		sql: seedSql(region, { organisations: world.organisations, places: world.places }),
		staticFiles: files,
		world
	};
}

const visible = (p: PlaceRow) =>
	p.status === 'published' && (!p.valid_through || p.valid_through >= DEMO_TODAY);

/** Every place in the city and the programme area; a summary per kind and quarter. */
function check(world: DemoWorld, region: SeedRegion, log: (line: string) => void) {
	const [w, s, e, n] = region.bbox;
	const counts: Record<string, Record<string, number>> = {};
	for (const p of world.places) {
		const [lon, lat] = p.location;
		if (!world.locations.inCity(p.location)) throw new Error(`place outside the city: ${p.title}`);
		if (lon < w || lon > e || lat < s || lat > n)
			throw new Error(`place outside the programme area: ${p.title}`);
		if (!visible(p)) continue;
		const c = (counts[p.kind] ??= { total: 0 });
		const quarter = world.locations.quarterOf(p.location) ?? 'outside';
		c.total++;
		c[quarter] = (c[quarter] ?? 0) + 1;
	}
	log('[seed] visible places per kind/quarter:');
	for (const [kind, c] of Object.entries(counts)) log(`  ${kind.padEnd(16)} ${JSON.stringify(c)}`);
	const places = world.places;
	log(
		`[seed] ${places.length} places (${places.filter(visible).length} visible), ` +
			`${world.organisations.length} organisations, ` +
			`${places.filter((p) => Object.keys(p.translations).length).length} translated, ` +
			`${places.filter((p) => p.easy_german).length} with easy German`
	);
}
