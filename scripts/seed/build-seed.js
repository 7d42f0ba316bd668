#!/usr/bin/env node
// Builds the demo seed (supabase/seed.sql) and the static map layers (static/data/*.geojson) from
// the open data in $QK_DATA_DIR (default /work/shared/data/bielefeld) plus the fictional texts in
// ./catalog.js. Deterministic: a seeded PRNG and md5-derived uuids, so re-running gives identical
// files. Progress goes to stderr.
//
//   node scripts/seed/build-seed.js
//
// Ids: every demo row gets uuid = md5('quartierkarte-demo:' + key) with version/variant bits set
// (RFC 4122 v3 layout), e.g. key 'org/project' for the project organisation, 'place/vacancy/07'.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import {
	CARRIERS,
	EASY_GERMAN,
	EVENTS,
	HOW_TO_APPLY,
	LANDLORDS,
	LANGUAGE_MIXES,
	LEARNING_TYPES,
	PERKS,
	PROJECT,
	PUBLIC_BODY,
	PUBLIC_SPACES,
	QUARTER_META,
	SECTORS,
	SERVICE_TYPES,
	SPACE_TEMPLATES,
	SURNAMES,
	TRANSLATIONS
} from './catalog.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA_DIR = process.env.QK_DATA_DIR || '/work/shared/data/bielefeld';
const SEED_SQL = join(ROOT, 'supabase', 'seed.sql');
const STATIC_DIR = join(ROOT, 'static', 'data');

const log = (...a) => process.stderr.write(a.join(' ') + '\n');
const readJson = (p) => JSON.parse(readFileSync(join(DATA_DIR, p), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and ids

function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = mulberry32(20261125);
const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
function shuffle(arr) {
	const a = arr.slice();
	for (let i = a.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[a[i], a[j]] = [a[j], a[i]];
	}
	return a;
}
function weighted(pairs) {
	const total = pairs.reduce((s, [, w]) => s + w, 0);
	let r = rand() * total;
	for (const [v, w] of pairs) {
		r -= w;
		if (r <= 0) return v;
	}
	return pairs[pairs.length - 1][0];
}

function uuidFor(key) {
	const h = createHash('md5')
		.update('quartierkarte-demo:' + key)
		.digest('hex')
		.split('');
	h[12] = '3';
	h[16] = (8 | (parseInt(h[16], 16) & 3)).toString(16);
	const s = h.join('');
	return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

const slug = (s) =>
	s
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/ı/g, 'i')
		.replace(/ş/g, 's')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

// ---------------------------------------------------------------------------------------------
// Geometry helpers (small areas: local equirectangular projection is precise enough)

const M_PER_DEG_LAT = 111320;
const mPerDegLon = (lat) => 111320 * Math.cos((lat * Math.PI) / 180);
const r5 = (x) => Math.round(x * 1e5) / 1e5;
const r6 = (x) => Math.round(x * 1e6) / 1e6;

function distM([lon1, lat1], [lon2, lat2]) {
	const dx = (lon1 - lon2) * mPerDegLon((lat1 + lat2) / 2);
	const dy = (lat1 - lat2) * M_PER_DEG_LAT;
	return Math.hypot(dx, dy);
}
const offsetM = ([lon, lat], dx, dy) => [lon + dx / mPerDegLon(lat), lat + dy / M_PER_DEG_LAT];

function planarArea(pts) {
	let a = 0;
	for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
		a += (pts[j][0] + pts[i][0]) * (pts[j][1] - pts[i][1]);
	}
	return a / 2;
}
function ringAreaM2(ring) {
	const lat0 = ring[0][1];
	return Math.abs(planarArea(ring.map(([x, y]) => [x * mPerDegLon(lat0), y * M_PER_DEG_LAT])));
}

function roundRing(ring, r = r5) {
	const out = [];
	for (const [x, y] of ring) {
		const p = [r(x), r(y)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	const f = out[0];
	const l = out[out.length - 1];
	if (f[0] !== l[0] || f[1] !== l[1]) out.push([f[0], f[1]]);
	return out;
}

// Douglas-Peucker on a closed ring; tolerance in metres.
function simplifyRing(ring, tolM) {
	const lat0 = ring[0][1];
	const kx = mPerDegLon(lat0);
	const P = ring.map(([x, y]) => [x * kx, y * M_PER_DEG_LAT]);
	const keep = new Uint8Array(P.length);
	keep[0] = keep[P.length - 1] = 1;
	// split the closed ring at its farthest point from the start so DP has two open chains
	let far = 0;
	let farD = -1;
	for (let i = 1; i < P.length - 1; i++) {
		const d = Math.hypot(P[i][0] - P[0][0], P[i][1] - P[0][1]);
		if (d > farD) [far, farD] = [i, d];
	}
	keep[far] = 1;
	const stack = [
		[0, far],
		[far, P.length - 1]
	];
	while (stack.length) {
		const [s, e] = stack.pop();
		const [ax, ay] = P[s];
		const [bx, by] = P[e];
		const len = Math.hypot(bx - ax, by - ay) || 1e-9;
		let maxD = 0;
		let idx = -1;
		for (let i = s + 1; i < e; i++) {
			const d = Math.abs((bx - ax) * (ay - P[i][1]) - (ax - P[i][0]) * (by - ay)) / len;
			if (d > maxD) [maxD, idx] = [d, i];
		}
		if (idx >= 0 && maxD > tolM) {
			keep[idx] = 1;
			stack.push([s, idx], [idx, e]);
		}
	}
	const out = ring.filter((_, i) => keep[i]);
	return out.length >= 4 ? out : ring;
}

function polygonRings(geom) {
	return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}
function simplifyGeometry(geom, tolM) {
	const polys = polygonRings(geom).map((rings) =>
		rings.map((ring) => roundRing(simplifyRing(ring, tolM)))
	);
	return geom.type === 'Polygon'
		? { type: 'Polygon', coordinates: polys[0] }
		: { type: 'MultiPolygon', coordinates: polys };
}

// Drawn approximation: offsets in metres (x east, y north) around a centre, scaled to target area.
function drawnPolygon(center, offsets, targetHa) {
	const s = Math.sqrt((targetHa * 1e4) / Math.abs(planarArea(offsets)));
	// clockwise list in catalogue -> counter-clockwise exterior ring (RFC 7946)
	const ring = offsets
		.slice()
		.reverse()
		.map(([dx, dy]) => offsetM(center, dx * s, dy * s));
	return { type: 'MultiPolygon', coordinates: [[roundRing(ring)]] };
}

// ---------------------------------------------------------------------------------------------
// Load open data

log('[seed] reading open data from', DATA_DIR);
const bezirke = readJson('bielefeld-stadtbezirke/stadtbezirke_wgs84.geojson');
const outline = readJson('bielefeld-stadtbezirke/bielefeld_city_outline_wgs84.geojson');
const stopsFc = readJson('bielefeld-stops-db/bielefeld_stops_db-hafas-stations.geojson');
const schoolsFc = readJson('bielefeld-schools/schulen_bielefeld.geojson');
const cityGeom = outline.features[0].geometry;
log(
	`[seed] ${bezirke.features.length} Stadtbezirke, ${stopsFc.features.length} stops, ${schoolsFc.features.length} schools`
);

// ---------------------------------------------------------------------------------------------
// Quarters

const sennestadtFeature = bezirke.features.find((f) => f.properties.name === 'Sennestadt');
const sennestadtGeom = {
	type: 'MultiPolygon',
	coordinates: polygonRings(sennestadtFeature.geometry).map((rings) =>
		rings.map((r) => roundRing(r))
	)
};

const QUARTERS = [
	{
		id: 'sennestadt',
		name: 'Sennestadt',
		approximate: false,
		center: [8.5859, 51.9456],
		geom: sennestadtGeom,
		source:
			'Stadtbezirk Sennestadt (Stand 2018): © Stadt Bielefeld, Amt für Geoinformation und Kataster, open-data.bielefeld.de (CC BY 4.0)'
	},
	{
		id: 'sieker-mitte',
		name: 'Sieker-Mitte',
		approximate: true,
		center: [8.5668, 52.0064],
		// ~197 ha east of Otto-Brenner-Straße around Stralsunder/Greifswalder Straße
		geom: drawnPolygon(
			[8.5668, 52.0064],
			[
				[-560, 780],
				[-120, 700],
				[300, 640],
				[620, 430],
				[700, 60],
				[600, -330],
				[330, -620],
				[-80, -700],
				[-460, -560],
				[-640, -220],
				[-700, 160],
				[-720, 520]
			],
			197
		),
		source:
			'Näherung, gezeichnet nach quartiersbuero-sieker.de / quartiersmanagement-baumheide.de; keine amtliche Grenze'
	},
	{
		id: 'baumheide',
		name: 'Baumheide',
		approximate: true,
		center: [8.5938, 52.0465],
		geom: drawnPolygon(
			[8.5938, 52.0465],
			[
				[-330, 860],
				[230, 830],
				[560, 560],
				[660, 170],
				[580, -240],
				[400, -610],
				[90, -870],
				[-260, -830],
				[-520, -520],
				[-640, -120],
				[-620, 300],
				[-560, 640]
			],
			200
		),
		source:
			'Näherung, gezeichnet nach quartiersbuero-sieker.de / quartiersmanagement-baumheide.de; keine amtliche Grenze'
	}
];
for (const q of QUARTERS) {
	const ha = polygonRings(q.geom).reduce(
		(s, rings) => s + ringAreaM2(rings[0]) - rings.slice(1).reduce((t, r) => t + ringAreaM2(r), 0),
		0
	);
	q.areaHa = ha / 1e4;
	const verts = polygonRings(q.geom).reduce((s, rings) => s + rings[0].length - 1, 0);
	log(`[seed] quarter ${q.id}: ${q.areaHa.toFixed(1)} ha, ${verts} vertices`);
	// the Sennestadt polygon shares the city boundary, so only the drawn ones are checked
	for (const rings of q.approximate ? polygonRings(q.geom) : []) {
		for (const p of rings[0]) {
			if (!booleanPointInPolygon(p, cityGeom)) throw new Error(`${q.id} vertex outside city`);
		}
	}
}
const inQuarter = (p, q) => booleanPointInPolygon(p, q.geom);
const quarterOf = (p) => QUARTERS.find((q) => inQuarter(p, q))?.id ?? null;
const inCity = (p) => booleanPointInPolygon(p, cityGeom);
for (const a of QUARTERS) {
	for (const b of QUARTERS) {
		if (a === b) continue;
		for (const rings of polygonRings(a.geom)) {
			if (rings[0].some((p) => inQuarter(p, b))) throw new Error(`${a.id} overlaps ${b.id}`);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Candidate stops per quarter (deduplicated by name) and just outside the quarters

const uniqueStops = [];
const seenNames = new Set();
for (const f of stopsFc.features) {
	const name = f.properties.name;
	if (seenNames.has(name)) continue;
	seenNames.add(name);
	uniqueStops.push({ name, p: f.geometry.coordinates });
}
const cleanStopName = (n) => n.replace(/, (Bielefeld|Schloß Holte-Stukenbrock|[^,]+)$/, '');

const STOPS = {};
for (const q of QUARTERS) {
	STOPS[q.id] = uniqueStops
		.filter((s) => inQuarter(s.p, q) && inCity(s.p))
		.filter((s) => q.id !== 'sennestadt' || distM(s.p, q.center) < 3000)
		.map((s) => ({ ...s, w: q.id === 'sennestadt' ? 1 / (1 + distM(s.p, q.center) / 700) : 1 }));
	log(
		`[seed] ${q.id}: ${STOPS[q.id].length} candidate stops (${STOPS[q.id]
			.slice(0, 6)
			.map((s) => cleanStopName(s.name))
			.join('; ')} …)`
	);
}
const nearestVertexDist = (p, q) =>
	Math.min(...polygonRings(q.geom).flatMap((rings) => rings[0].map((v) => distM(p, v))));
const OUTSIDE = {};
for (const q of QUARTERS) {
	OUTSIDE[q.id] = uniqueStops
		.filter((s) => !quarterOf(s.p) && inCity(s.p))
		.filter((s) => {
			const d = nearestVertexDist(s.p, q);
			return d > 250 && d < 1200;
		})
		.map((s) => ({ ...s, w: 1 }));
	log(`[seed] ${q.id}: ${OUTSIDE[q.id].length} stops just outside`);
}

// Street name from a stop name ("Sennestadt Travestraße, Bielefeld" -> "Travestraße").
function streetFromStop(name) {
	let n = cleanStopName(name)
		.replace(/^(Sennestadt|Heepen|Milse|Stieghorst|Sieker|Dalbke|Eckardtsheim|Heideblümchen) /, '')
		.replace(/str\.$/, 'straße')
		.replace(/Str\.$/, 'Straße');
	if (n.includes('/')) return null;
	if (/(straße|Straße|weg|allee|Allee|platz|ring|kamp|Weg)$/.test(n) || /^Am /.test(n)) return n;
	if (n === 'Rabenhof' || n === 'Sieker Mitte') return n;
	return null;
}

const usedSpots = [];
// A location near a stop of quarter qid (inside it), or just outside it when outside=true.
function placeNear(qid, { outside = false, anchor = null, minM = 30, maxM = 250 } = {}) {
	const q = QUARTERS.find((x) => x.id === qid);
	const pool = outside ? OUTSIDE[qid] : STOPS[qid];
	let stop = anchor ? pool.find((s) => s.name.includes(anchor)) : null;
	if (anchor && !stop) throw new Error(`anchor stop "${anchor}" not found in ${qid}`);
	for (let attempt = 0; attempt < 200; attempt++) {
		const s = stop ?? weighted(pool.map((x) => [x, x.w]));
		const ang = rand() * 2 * Math.PI;
		const d = minM + rand() * (maxM - minM);
		const p = offsetM(s.p, Math.cos(ang) * d, Math.sin(ang) * d).map(r6);
		if (!inCity(p)) continue;
		if (outside ? quarterOf(p) !== null : !inQuarter(p, q)) continue;
		if (usedSpots.some((u) => distM(u, p) < 12)) continue;
		usedSpots.push(p);
		return { p, stop: s };
	}
	throw new Error(`no location found near ${qid}`);
}

const meta = (qid) => QUARTER_META[qid];
const OUTSIDE_META = {
	sennestadt: { plz: '33659', streets: ['Paderborner Straße', 'Senner Hellweg'] },
	'sieker-mitte': { plz: '33604', streets: ['Detmolder Straße', 'Otto-Brenner-Straße'] },
	baumheide: { plz: '33719', streets: ['Salzufler Straße', 'Heeper Straße'] }
};
// Address near a stop; a location outside every quarter gets the streets/PLZ of its surroundings.
function addressFor(qid, stop, street = null, p = null) {
	const m = p && !quarterOf(p) ? OUTSIDE_META[qid] : meta(qid);
	const st = street ?? (chance(0.7) ? streetFromStop(stop.name) : null) ?? pick(m.streets);
	const n = st === 'Reichowplatz' || st === 'Sieker Mitte' ? int(1, 12) : int(1, 90);
	return { street: st, address: `${st} ${n}, ${m.plz} Bielefeld` };
}

// ---------------------------------------------------------------------------------------------
// Shared pools

const phonePool = shuffle(Array.from({ length: 9000 }, (_, i) => 1000 + i));
const phone = () => `0521 555${phonePool.pop()}`;
const person = () => `${pick(['Frau', 'Herr'])} ${pick(SURNAMES)}`;
const langs = () => pick(LANGUAGE_MIXES).slice();
const wheelchair = () =>
	weighted([
		['yes', 45],
		['limited', 25],
		['no', 15],
		['unknown', 15]
	]);
const fill = (s, qid) => s.replaceAll('{q}', meta(qid).short);

const organisations = [];
const places = [];
const orgByKey = {};

function addOrg(key, o) {
	const row = { id: uuidFor('org/' + key), key, ...o };
	organisations.push(row);
	orgByKey[key] = row;
	return row;
}
let placeCounter = {};
function addPlace(kind, fields, details = null) {
	placeCounter[kind] = (placeCounter[kind] ?? 0) + 1;
	const key = `place/${kind}/${String(placeCounter[kind]).padStart(2, '0')}`;
	const row = {
		id: uuidFor(key),
		key,
		kind,
		easy_german: null,
		translations: {},
		opening_hours: null,
		tags: [],
		contact_name: null,
		contact_phone: null,
		contact_email: null,
		website: null,
		status: 'published',
		valid_from: null,
		valid_through: null,
		organisation_id: null,
		...fields,
		details
	};
	places.push(row);
	return row;
}

// ---------------------------------------------------------------------------------------------
// Organisations: carriers, public body, project, landlords

addOrg(PROJECT.key, { name: PROJECT.name, kind: 'project', description: PROJECT.desc });
addOrg(PUBLIC_BODY.key, {
	name: PUBLIC_BODY.name,
	kind: 'public_body',
	description: PUBLIC_BODY.desc
});
for (const c of CARRIERS) addOrg(c.key, { name: c.name, kind: 'carrier', description: c.desc });
for (const l of LANDLORDS) addOrg(l.key, { name: l.name, kind: 'employer', description: l.desc });
for (const o of organisations) {
	o.contact_email = `kontakt@${slug(o.name).slice(0, 40)}.example.org`;
	o.contact_phone = phone();
	o.website = `https://${slug(o.name).slice(0, 40)}.example.org`;
}

// ---------------------------------------------------------------------------------------------
// Employers (40) and vacancies (50)

log('[seed] employers and vacancies');
const employerSlots = shuffle([
	...Array(16).fill('sennestadt'),
	...Array(11).fill('sieker-mitte'),
	...Array(11).fill('baumheide'),
	'out:sieker-mitte',
	'out:baumheide'
]);
const employers = [];
{
	let i = 0;
	for (const sector of SECTORS) {
		sector.names.forEach((nameTpl, n) => {
			const slot = employerSlots[i++];
			const outside = slot.startsWith('out:');
			const qid = outside ? slot.slice(4) : slot;
			const name = fill(nameTpl, qid);
			const { p, stop } = placeNear(qid, { outside });
			const { address } = addressFor(qid, stop, null, p);
			const org = addOrg(`employer/${sector.key}-${n + 1}`, {
				name,
				kind: 'employer',
				description: fill(sector.desc[n % sector.desc.length], qid),
				address,
				location: p,
				contact_email: `info@${slug(name).slice(0, 40)}.example.org`,
				contact_phone: phone(),
				website: chance(0.6) ? `https://${slug(name).slice(0, 40)}.example.org` : null
			});
			const tags = [sector.key];
			if (chance(0.45)) tags.push('internships');
			if (chance(0.3)) tags.push('apprenticeships');
			const extra = [];
			if (tags.includes('internships'))
				extra.push('Praktika für Menschen aus dem Quartier möglich.');
			if (tags.includes('apprenticeships')) extra.push('Wir bilden aus, auch in Teilzeit.');
			const emp = addPlace('employer', {
				title: name,
				description: [org.description, ...extra].join(' '),
				location: p,
				address,
				opening_hours: pick(sector.hours),
				wheelchair: wheelchair(),
				languages: langs(),
				tags,
				contact_name: person(),
				contact_phone: org.contact_phone,
				contact_email: org.contact_email,
				website: org.website,
				organisation_id: org.id
			});
			employers.push({ sector, org, place: emp, qid });
		});
	}
	if (employers.length !== 40) throw new Error(`expected 40 employers, got ${employers.length}`);
}

const START_DATES = [
	null,
	null,
	'2026-12-01',
	'2027-01-01',
	'2027-01-15',
	'2027-02-01',
	'2027-03-01',
	'2027-04-01'
];
const deDate = (iso) => {
	const [y, m, d] = iso.split('-').map(Number);
	const months = [
		'Januar',
		'Februar',
		'März',
		'April',
		'Mai',
		'Juni',
		'Juli',
		'August',
		'September',
		'Oktober',
		'November',
		'Dezember'
	];
	return `${d}. ${months[m - 1]} ${y}`;
};
const WT_TEXT = {
	full_time: 'in Vollzeit',
	part_time: 'in Teilzeit',
	mini_job: 'auf Minijob-Basis'
};
const DE_TEXT = {
	none: 'Deutschkenntnisse sind für den Start nicht nötig.',
	A1: 'Erste Deutschkenntnisse (A1) reichen aus.',
	A2: 'Einfache Deutschkenntnisse (A2) reichen aus.',
	B1: 'Gute Deutschkenntnisse (B1) sind wichtig, weil Sie viel mit Menschen sprechen.',
	B2: 'Sichere Deutschkenntnisse (B2) werden erwartet.'
};

function makeVacancy(emp, tpl, overrides = {}) {
	const wt = pick(tpl.wt);
	const hours =
		wt === 'full_time'
			? pick([38, 39, 40])
			: wt === 'part_time'
				? pick([15, 20, 20, 25, 30])
				: pick([5, 6, 8, 9]);
	let de = pick(tpl.de);
	if (de === 'B1' && chance(0.15)) de = 'B2';
	const start = pick(START_DATES);
	const fixedTerm = chance(0.25);
	let salary = { min: null, max: null, unit: null };
	if (chance(0.75)) {
		if (wt === 'full_time' && chance(0.4)) {
			const k = hours * 4.33;
			salary = {
				min: Math.round((tpl.pay[0] * k) / 10) * 10,
				max: Math.round((tpl.pay[1] * k) / 10) * 10,
				unit: 'month'
			};
		} else {
			salary = { min: tpl.pay[0], max: chance(0.6) ? tpl.pay[1] : null, unit: 'hour' };
		}
	}
	const childcare = wt === 'full_time' ? chance(0.15) : chance(0.6);
	const refugees = ['none', 'A1', 'A2'].includes(de) ? chance(0.8) : chance(0.3);
	const desc = [
		`${emp.org.name} sucht ${start ? 'ab ' + deDate(start) : 'ab sofort'} Verstärkung ${WT_TEXT[wt]} (${String(hours).replace('.', ',')} Std./Woche)${fixedTerm ? ', zunächst befristet auf ein Jahr' : ''}.`,
		DE_TEXT[de],
		pick(PERKS),
		childcare && wt !== 'full_time'
			? 'Arbeitszeiten nach Absprache, gut vereinbar mit Kinderbetreuung.'
			: null
	]
		.filter(Boolean)
		.join(' ');
	return addPlace(
		'vacancy',
		{
			title: tpl.title,
			description: desc,
			location: emp.place.location,
			address: emp.place.address,
			opening_hours: null,
			wheelchair: emp.place.wheelchair,
			languages: emp.place.languages,
			tags: [emp.sector.key],
			contact_name: emp.place.contact_name,
			contact_phone: emp.org.contact_phone,
			contact_email: `bewerbung@${slug(emp.org.name).slice(0, 40)}.example.org`,
			website: emp.org.website,
			valid_from: chance(0.6) ? '2026-11-01' : null,
			valid_through: pick(['2027-03-31', '2027-04-30', '2027-06-30', '2027-09-30', '2027-12-31']),
			organisation_id: emp.org.id,
			...overrides
		},
		{
			table: 'vacancy_details',
			working_time: wt,
			hours_per_week: hours,
			fixed_term: fixedTerm,
			start_date: start,
			salary_min: salary.min,
			salary_max: salary.max,
			salary_unit: salary.unit,
			german_level: de,
			childcare_friendly: childcare,
			suitable_for_refugees: refugees,
			how_to_apply: pick(HOW_TO_APPLY)
		}
	);
}

const vacancyTemplateUse = new Map();
for (const emp of employers) {
	const tpl = pick(emp.sector.vacancies);
	vacancyTemplateUse.set(emp, [tpl]);
	makeVacancy(emp, tpl);
}
{
	const busy = [
		'cleaning',
		'carehome',
		'logistics',
		'gastro',
		'supermarket',
		'homecare',
		'metal',
		'garden'
	];
	const candidates = shuffle(employers.filter((e) => busy.includes(e.sector.key))).slice(0, 10);
	for (const emp of candidates) {
		const used = vacancyTemplateUse.get(emp);
		const rest = emp.sector.vacancies.filter((t) => !used.includes(t));
		makeVacancy(emp, rest.length ? pick(rest) : used[0]);
	}
}
// Easy German for three simple-entry vacancies
{
	let n = 0;
	for (const v of places.filter((p) => p.kind === 'vacancy')) {
		if (n >= 3 || !['none', 'A1'].includes(v.details.german_level)) continue;
		v.easy_german = v.tags.includes('cleaning') ? EASY_GERMAN.cleaning : EASY_GERMAN.simplejob;
		n++;
	}
}

// ---------------------------------------------------------------------------------------------
// Support services (25)

log('[seed] support services, learning places, public spaces, spaces, events');
const QIDS = ['sennestadt', 'sieker-mitte', 'baumheide'];
const CENTRAL = {
	sennestadt: 'Sennestadt Sennestadthaus',
	'sieker-mitte': 'Sieker Greifswalder Straße',
	baumheide: 'Heepen Baumheide'
};
const serviceList = [];
for (const qid of QIDS) {
	for (const t of [
		'jobcenter',
		'debt',
		'migration',
		'kita',
		'single',
		'coaching',
		'languagecafe'
	]) {
		serviceList.push({ type: t, qid });
	}
}
serviceList.push(
	{ type: 'recognition', qid: 'sieker-mitte', outside: true },
	{ type: 'tenancy', qid: 'baumheide' },
	{ type: 'tenancy', qid: 'sieker-mitte' },
	{ type: 'women', qid: 'sennestadt' }
);
const TRANSLATED_SERVICES = ['jobcenter', 'migration', 'languagecafe', 'coaching', 'kita'];
const EASY_SERVICES = ['jobcenter', 'debt', 'single'];

function translationsFor(type, qid) {
	const t = TRANSLATIONS[type];
	if (!t) return {};
	const out = {};
	for (const [lang, [title, description]] of Object.entries(t)) {
		out[lang] = { title: fill(title, qid), description: fill(description, qid) };
	}
	return out;
}

for (const s of serviceList) {
	const t = SERVICE_TYPES[s.type];
	const central = ['jobcenter', 'kita', 'single'].includes(s.type) && chance(0.6);
	const { p, stop } = placeNear(s.qid, {
		outside: !!s.outside,
		anchor: central ? CENTRAL[s.qid] : null,
		maxM: central ? 180 : 250
	});
	const { address } = addressFor(s.qid, stop, null, p);
	const org = orgByKey[t.org];
	const reduced = s.type === 'single' && s.qid === 'sieker-mitte';
	addPlace(
		'support_service',
		{
			title: fill(t.title, s.qid),
			description: t.desc,
			easy_german: EASY_SERVICES.includes(s.type) ? EASY_GERMAN[s.type] : null,
			translations: TRANSLATED_SERVICES.includes(s.type) ? translationsFor(s.type, s.qid) : {},
			location: p,
			address,
			opening_hours: pick(t.hours),
			wheelchair: weighted([
				['yes', 60],
				['limited', 25],
				['no', 5],
				['unknown', 10]
			]),
			languages: t.langs.slice(),
			tags: [s.type],
			contact_name: person(),
			contact_phone: phone(),
			contact_email: `${s.type}-${slug(meta(s.qid).short)}@${slug(org.name).slice(0, 30)}.example.org`,
			website: org.website,
			organisation_id: org.id
		},
		{
			table: 'service_details',
			eligibility: t.eligibility,
			cost: reduced ? 'reduced' : 'free',
			fees_description: reduced ? 'Frühstück 1,50 €, Kinder frei.' : null,
			required_documents: t.docs.slice(),
			application_process: t.appointment
				? 'Bitte vorher telefonisch oder per E-Mail einen Termin vereinbaren.'
				: 'Einfach während der Öffnungszeiten vorbeikommen.',
			appointment_needed: t.appointment
		}
	);
}

// ---------------------------------------------------------------------------------------------
// Learning places (20)

const learningList = [];
for (const qid of QIDS)
	for (const t of ['office', 'computer', 'course']) learningList.push({ type: t, qid });
learningList.push(
	{ type: 'library', qid: 'sennestadt' },
	{ type: 'library', qid: 'baumheide' },
	{ type: 'digital', qid: 'sieker-mitte' },
	{ type: 'digital', qid: 'sennestadt' },
	{ type: 'wlan', qid: 'sieker-mitte' },
	{ type: 'wlan', qid: 'baumheide' },
	{ type: 'studyroom', qid: 'sennestadt' },
	{ type: 'studyroom', qid: 'baumheide' },
	{ type: 'literacy', qid: 'sennestadt' },
	{ type: 'sewing', qid: 'sieker-mitte' },
	{ type: 'vhs', qid: 'baumheide', outside: true }
);
const TRANSLATED_LEARNING = ['office', 'course'];
const EASY_LEARNING = ['office', 'computer', 'library'];
for (const l of learningList) {
	const t = LEARNING_TYPES[l.type];
	const isOffice = l.type === 'office';
	const { p, stop } = placeNear(l.qid, {
		outside: !!l.outside,
		anchor: isOffice ? CENTRAL[l.qid] : null,
		maxM: isOffice ? 120 : 250
	});
	const { address } = addressFor(l.qid, stop, null, p);
	const org = orgByKey[t.org];
	const row = addPlace('learning_place', {
		title: fill(t.title, l.qid),
		description: t.desc,
		easy_german: EASY_LEARNING.includes(l.type) ? EASY_GERMAN[l.type] : null,
		translations: TRANSLATED_LEARNING.includes(l.type) ? translationsFor(l.type, l.qid) : {},
		location: p,
		address,
		opening_hours: pick(t.hours),
		wheelchair: weighted([
			['yes', 60],
			['limited', 25],
			['no', 5],
			['unknown', 10]
		]),
		languages: isOffice ? ['de', 'en', 'tr', 'ar', 'uk'] : langs(),
		tags: t.tags.slice(),
		contact_name: person(),
		contact_phone: phone(),
		contact_email: `${l.type}-${slug(meta(l.qid).short)}@${slug(org.name).slice(0, 30)}.example.org`,
		website: org.website,
		organisation_id: org.id
	});
	if (isOffice && l.qid === 'sieker-mitte') {
		orgByKey.project.location = row.location;
		orgByKey.project.address = row.address;
	}
}

// ---------------------------------------------------------------------------------------------
// Public spaces (15)

const PS_ANCHORS = {
	Reichowplatz: ['Sennestadthaus', 'Reichowplatz'],
	'Grünzug am Bullerbach': ['Bullerbachweg', null],
	'Spielplatz Travestraße': ['Travestraße', 'Travestraße'],
	'Bolzplatz am Sportzentrum': ['Sportzentrum', null],
	'Bewegungsparcours Vennhofallee': ['Vennhofallee', 'Vennhofallee'],
	'Quartiersplatz Sieker Mitte': ['Gerstenkamp', 'Sieker Mitte'],
	'Spielplatz Greifswalder Straße': ['Sieker Greifswalder', 'Greifswalder Straße'],
	'Bolzplatz Stralsunder Straße': ['Stralsunder Straße', 'Stralsunder Straße'],
	'Marktplatz Baumheide': ['Heepen Baumheide', 'Rabenhof'],
	'Spielplatz Rabenhof': ['Heepen Rabenhof', 'Rabenhof'],
	'Grünzug am Wellbach': ['Am Wellbach', 'Am Wellbach'],
	'Sportplatz Donauschwabenstraße': ['Donauschwabenstraße', 'Donauschwabenstraße'],
	'Jugendplatz Am Großen Wiel': ['Am Großen Wiel', 'Am Großen Wiel']
};
for (const qid of QIDS) {
	for (const ps of PUBLIC_SPACES[qid]) {
		const [anchor, street] = PS_ANCHORS[ps.title] ?? [null, null];
		const { p, stop } = placeNear(qid, { anchor, maxM: 160 });
		const st = street ?? streetFromStop(stop.name) ?? pick(meta(qid).streets);
		addPlace('public_space', {
			title: ps.title,
			description: ps.desc,
			location: p,
			address: `${st}, ${meta(qid).plz} Bielefeld`,
			opening_hours: ps.hours,
			wheelchair: weighted([
				['yes', 50],
				['limited', 40],
				['unknown', 10]
			]),
			languages: ['de'],
			tags: ps.tags.slice()
		});
	}
}
// Easy German count check happens in the summary below.

// ---------------------------------------------------------------------------------------------
// Vacant spaces (20)

const spaceSlots = [
	...Array(8).fill('sennestadt'),
	...Array(6).fill('sieker-mitte'),
	...Array(5).fill('baumheide'),
	'out:sennestadt'
];
{
	let templates = [];
	for (const slot of spaceSlots) {
		if (!templates.length) templates = shuffle(SPACE_TEMPLATES);
		const tpl = templates.pop();
		const outside = slot.startsWith('out:');
		const qid = outside ? slot.slice(4) : slot;
		const { p, stop } = placeNear(qid, { outside });
		const { street, address } = addressFor(qid, stop, null, p);
		const area = Math.round(tpl.area[0] + rand() * (tpl.area[1] - tpl.area[0]));
		const free = tpl.type === 'room' ? chance(0.6) : chance(0.25);
		const rent = free ? null : Math.round((area * (6 + rand() * 5)) / 10) * 10;
		const from = pick(['2026-12-01', '2027-01-01', '2027-02-01', '2027-04-01', null]);
		const orgKey = free ? pick(['project', 'wohnbau']) : pick(['wohnbau', 'immo', null]);
		const org = orgKey ? orgByKey[orgKey] : null;
		addPlace(
			'vacant_space',
			{
				title: tpl.title.replace('{street}', street),
				description: [
					tpl.desc,
					free
						? 'Kostenlose Zwischennutzung – nur Nebenkosten nach Absprache.'
						: `Kaltmiete ca. ${rent} € im Monat.`,
					from ? `Frei ab ${deDate(from)}.` : 'Sofort frei.'
				].join(' '),
				location: p,
				address,
				wheelchair: wheelchair(),
				languages: ['de'],
				tags: [tpl.type],
				contact_name: person(),
				contact_phone: org?.contact_phone ?? phone(),
				contact_email: org
					? `vermietung@${slug(org.name).slice(0, 30)}.example.org`
					: `leerstand-${int(10, 99)}@example.org`,
				valid_through: '2027-12-31',
				organisation_id: org?.id ?? null
			},
			{
				table: 'space_details',
				space_type: tpl.type,
				area_m2: area,
				rent_eur_month: rent,
				free_interim_use: free,
				available_from: from,
				available_until: free ? pick(['2027-12-31', '2027-06-30', null]) : null,
				welcome_uses: tpl.uses
			}
		);
	}
}

// ---------------------------------------------------------------------------------------------
// Events (15)

function eventTimes(start, durH) {
	const s = new Date(`${start}:00+01:00`);
	const e = new Date(s.getTime() + durH * 3600e3);
	return {
		starts_at: s.toISOString(),
		ends_at: e.toISOString(),
		day: start.slice(0, 10),
		endDay: e.toISOString().slice(0, 10)
	};
}
function addEvent(ev, overrides = {}) {
	let loc;
	let org;
	let qid;
	if (ev.sector) {
		const emp = employers.find(
			(e) => e.sector.key === ev.sector && !e.place.address.includes('undefined')
		);
		org = emp.org;
		loc = { p: emp.place.location, address: emp.place.address, wheelchair: emp.place.wheelchair };
		qid = emp.qid;
	} else {
		org = orgByKey[ev.org];
		qid = ev.quarter;
		const { p, stop } = placeNear(qid, { anchor: chance(0.5) ? CENTRAL[qid] : null, maxM: 200 });
		loc = {
			p,
			address: addressFor(qid, stop, null, p).address,
			wheelchair: pick(['yes', 'yes', 'limited'])
		};
	}
	const t = eventTimes(ev.start, ev.dur);
	return addPlace(
		'event',
		{
			title: ev.title,
			description:
				ev.desc +
				(ev.reg ? ' Anmeldung erforderlich, die Plätze sind begrenzt.' : ' Ohne Anmeldung.'),
			location: loc.p,
			address: loc.address,
			wheelchair: loc.wheelchair,
			languages:
				ev.type === 'info' ? ['de', 'ar', 'uk'] : pick([['de'], ['de', 'en'], ['de', 'tr', 'ar']]),
			tags: [ev.type],
			contact_name: person(),
			contact_phone: org.contact_phone,
			contact_email: `veranstaltungen@${slug(org.name).slice(0, 30)}.example.org`,
			website: org.website,
			valid_through: t.endDay,
			organisation_id: org.id,
			...overrides
		},
		{
			table: 'event_details',
			event_type: ev.type,
			starts_at: t.starts_at,
			ends_at: t.ends_at,
			registration_needed: ev.reg
		}
	);
}
for (const ev of EVENTS) addEvent(ev);

// ---------------------------------------------------------------------------------------------
// Non-published rows: 3 drafts, 3 pending, 2 expired (must not be visible to anon)

log('[seed] drafts, pending and expired rows');
{
	const byKey = (k) => employers.find((e) => e.sector.key === k);
	const draftTpls = [
		[
			'supermarket',
			{ title: 'Aushilfe für die Inventur', wt: ['mini_job'], de: ['none', 'A1'], pay: [14.6, 15] }
		],
		[
			'gastro',
			{ title: 'Mitarbeiter/in Spülküche', wt: ['part_time'], de: ['none'], pay: [14.6, 15] }
		],
		['garden', { title: 'Hausmeisterhelfer/in', wt: ['part_time'], de: ['A2'], pay: [15, 16] }]
	];
	for (const [k, tpl] of draftTpls) makeVacancy(byKey(k), tpl, { status: 'draft' });

	makeVacancy(
		byKey('homecare'),
		{ title: 'Fahrer/in für Essen auf Rädern', wt: ['mini_job'], de: ['A2'], pay: [14.6, 15] },
		{ status: 'pending' }
	);
	{
		const { p, stop } = placeNear('sennestadt', {});
		const { address } = addressFor('sennestadt', stop, 'Elbeallee');
		addPlace(
			'vacant_space',
			{
				title: 'Kleines Ladenlokal an der Elbeallee',
				description:
					'Ladenlokal mit Schaufenster, ca. 40 m², ehemals Blumenladen. Kaltmiete ca. 320 € im Monat.',
				location: p,
				address,
				wheelchair: 'limited',
				languages: ['de'],
				tags: ['shop'],
				contact_name: person(),
				contact_phone: orgByKey.immo.contact_phone,
				contact_email: 'vermietung@immobilienverwaltung-ostwestfalen.example.org',
				status: 'pending',
				valid_through: '2027-12-31',
				organisation_id: orgByKey.immo.id
			},
			{
				table: 'space_details',
				space_type: 'shop',
				area_m2: 40,
				rent_eur_month: 320,
				free_interim_use: false,
				available_from: '2027-02-01',
				available_until: null,
				welcome_uses: 'Einzelhandel, Dienstleistung'
			}
		);
	}
	addEvent(
		{
			type: 'company_visit',
			title: 'Tag der offenen Werkstatt in der Tischlerei',
			desc: 'Rundgang durch die Werkstatt, Mitmach-Station für Kinder.',
			start: '2027-04-15T14:00',
			dur: 3,
			sector: 'carpentry',
			reg: false
		},
		{ status: 'pending' }
	);
	makeVacancy(
		byKey('gastro'),
		{ title: 'Aushilfe Sommerfest-Catering', wt: ['mini_job'], de: ['A1'], pay: [14.6, 14.6] },
		{ valid_from: '2026-06-01', valid_through: '2026-09-30' }
	);
	addEvent({
		type: 'job_fair',
		title: 'Herbst-Jobbörse Sieker 2026',
		desc: 'Betriebe aus dem Quartier stellen sich vor.',
		start: '2026-10-14T10:00',
		dur: 4,
		org: 'project',
		quarter: 'sieker-mitte',
		reg: false
	});
}

// ---------------------------------------------------------------------------------------------
// Summary and sanity checks

const today = '2026-11-25';
const visible = (p) => p.status === 'published' && (!p.valid_through || p.valid_through >= today);
for (const p of places) {
	if (!inCity(p.location)) throw new Error(`place outside city: ${p.title}`);
	p.quarter = quarterOf(p.location);
}
const counts = {};
for (const p of places.filter(visible)) {
	counts[p.kind] ??= { total: 0 };
	counts[p.kind].total++;
	const k = p.quarter ?? 'outside';
	counts[p.kind][k] = (counts[p.kind][k] ?? 0) + 1;
}
log('[seed] visible places per kind/quarter:');
for (const [k, v] of Object.entries(counts)) log(`  ${k.padEnd(16)} ${JSON.stringify(v)}`);
log(
	`[seed] ${places.length} places (${places.filter(visible).length} visible), ${organisations.length} organisations, ` +
		`${places.filter((p) => Object.keys(p.translations).length).length} translated, ` +
		`${places.filter((p) => p.easy_german).length} with easy German`
);

// ---------------------------------------------------------------------------------------------
// SQL

const q = (v) => {
	if (v === null || v === undefined) return 'null';
	if (typeof v === 'number') return String(v);
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	return `'${String(v).replace(/'/g, "''")}'`;
};
const arr = (a) => (a.length ? `array[${a.map(q).join(', ')}]::text[]` : `'{}'::text[]`);
const pt = (p) => (p ? `st_setsrid(st_makepoint(${p[0]}, ${p[1]}), 4326)::geography` : 'null');
const geom = (g) => `st_multi(st_setsrid(st_geomfromgeojson(${q(JSON.stringify(g))}), 4326))`;

const sql = [];
sql.push(
	'-- Quartierkarte demo seed. GENERATED by scripts/seed/build-seed.js – do not edit by hand.',
	'-- All organisations and places are fictional (is_demo = true). Quarter boundary of Sennestadt:',
	'-- © Stadt Bielefeld, Amt für Geoinformation und Kataster (CC BY 4.0); Sieker-Mitte and Baumheide',
	'-- are drawn approximations. Locations are placed near public-transport stops',
	'-- (© DB InfraGO CC BY 4.0, © OpenStreetMap contributors ODbL). See DATA-LICENSES.md.',
	'',
	'-- No begin/commit here: the loader (npm run db:migrate, the embedded start) wraps the file in',
	'-- one transaction together with its bookkeeping row; with psql use --single-transaction.',
	'set search_path = public, extensions;',
	''
);
sql.push('insert into public.quarters (id, name, boundary, approximate, source) values');
sql.push(
	QUARTERS.map(
		(x) =>
			`  (${q(x.id)}, ${q(x.name)},\n   ${geom(x.geom)},\n   ${q(x.approximate)}, ${q(x.source)})`
	).join(',\n') +
		'\non conflict (id) do update set name = excluded.name, boundary = excluded.boundary,\n' +
		'  approximate = excluded.approximate, source = excluded.source;',
	''
);

sql.push(
	'insert into public.organisations (id, name, kind, description, address, location, contact_email, contact_phone, website, is_demo, created_by) values'
);
sql.push(
	organisations
		.map(
			(o) =>
				`  (${q(o.id)}, ${q(o.name)}, ${q(o.kind)}, ${q(o.description)}, ${q(o.address ?? null)}, ${pt(o.location)}, ${q(o.contact_email)}, ${q(o.contact_phone)}, ${q(o.website)}, true, null)`
		)
		.join(',\n') + '\non conflict (id) do nothing;',
	''
);

sql.push(
	'insert into public.places (id, kind, title, description, easy_german, translations, location, address, opening_hours, wheelchair, languages, tags, contact_name, contact_phone, contact_email, website, status, valid_from, valid_through, organisation_id, is_demo, created_by) values'
);
sql.push(
	places
		.map(
			(p) =>
				`  (${q(p.id)}, ${q(p.kind)}, ${q(p.title)}, ${q(p.description)}, ${q(p.easy_german)}, ${q(JSON.stringify(p.translations))}::jsonb, ${pt(p.location)}, ${q(p.address)}, ${q(p.opening_hours)}, ${q(p.wheelchair)}, ${arr(p.languages)}, ${arr(p.tags)}, ${q(p.contact_name)}, ${q(p.contact_phone)}, ${q(p.contact_email)}, ${q(p.website)}, ${q(p.status)}, ${q(p.valid_from)}, ${q(p.valid_through)}, ${q(p.organisation_id)}, true, null)`
		)
		.join(',\n') + '\non conflict (id) do nothing;',
	''
);

const DETAIL_COLS = {
	vacancy_details: [
		'working_time',
		'hours_per_week',
		'fixed_term',
		'start_date',
		'salary_min',
		'salary_max',
		'salary_unit',
		'german_level',
		'childcare_friendly',
		'suitable_for_refugees',
		'how_to_apply'
	],
	space_details: [
		'space_type',
		'area_m2',
		'rent_eur_month',
		'free_interim_use',
		'available_from',
		'available_until',
		'welcome_uses'
	],
	service_details: [
		'eligibility',
		'cost',
		'fees_description',
		'required_documents',
		'application_process',
		'appointment_needed'
	],
	event_details: ['event_type', 'starts_at', 'ends_at', 'registration_needed']
};
for (const [table, cols] of Object.entries(DETAIL_COLS)) {
	const rows = places.filter((p) => p.details?.table === table);
	sql.push(`insert into public.${table} (place_id, ${cols.join(', ')}) values`);
	sql.push(
		rows
			.map(
				(p) =>
					`  (${q(p.id)}, ${cols.map((c) => (Array.isArray(p.details[c]) ? arr(p.details[c]) : q(p.details[c]))).join(', ')})`
			)
			.join(',\n') + '\non conflict (place_id) do nothing;',
		''
	);
}
sql.push('');
writeFileSync(SEED_SQL, sql.join('\n'));
log(`[seed] wrote ${SEED_SQL} (${(statSync(SEED_SQL).size / 1024).toFixed(1)} KB)`);

// ---------------------------------------------------------------------------------------------
// Static GeoJSON

mkdirSync(STATIC_DIR, { recursive: true });
function writeFc(name, features) {
	const body =
		'{"type":"FeatureCollection","features":[\n' +
		features
			.map((f) =>
				JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry })
			)
			.join(',\n') +
		'\n]}\n';
	const file = join(STATIC_DIR, name);
	writeFileSync(file, body);
	log(
		`[seed] wrote static/data/${name} (${features.length} features, ${(body.length / 1024).toFixed(1)} KB)`
	);
}

writeFc('city-outline.geojson', [
	{ properties: { name: 'Bielefeld', ags: '05711000' }, geometry: simplifyGeometry(cityGeom, 12) }
]);
writeFc(
	'stadtbezirke.geojson',
	bezirke.features.map((f) => ({
		properties: { name: f.properties.name, nr: f.properties.stadtbezirk_nr_official },
		geometry: simplifyGeometry(f.geometry, 12)
	}))
);
writeFc(
	'quarters.geojson',
	QUARTERS.map((x) => ({
		properties: { id: x.id, name: x.name, approximate: x.approximate },
		geometry: x.geom
	}))
);
writeFc(
	'stops.geojson',
	stopsFc.features.map((f) => ({
		properties: { id: f.properties.id, name: f.properties.name, products: f.properties.products },
		geometry: { type: 'Point', coordinates: f.geometry.coordinates.map(r5) }
	}))
);
writeFc(
	'schools.geojson',
	schoolsFc.features.map((f) => ({
		properties: {
			name: f.properties.schulname,
			type: f.properties.schulform,
			address: [
				f.properties.strasse,
				[f.properties.plz, f.properties.ort].filter(Boolean).join(' ')
			]
				.filter(Boolean)
				.join(', ')
		},
		geometry: { type: 'Point', coordinates: f.geometry.coordinates.map(r5) }
	}))
);

const ATTRIBUTION = [
	{
		layer: 'city-outline',
		text: 'Stadtgrenze (aus den Stadtbezirken abgeleitet): © Stadt Bielefeld, Amt für Geoinformation und Kataster, open-data.bielefeld.de',
		licence: 'CC BY 4.0',
		url: 'https://open-data.bielefeld.de/dataset/stadtbezirke'
	},
	{
		layer: 'stadtbezirke',
		text: 'Stadtbezirke: © Stadt Bielefeld, Amt für Geoinformation und Kataster, open-data.bielefeld.de',
		licence: 'CC BY 4.0',
		url: 'https://open-data.bielefeld.de/dataset/stadtbezirke'
	},
	{
		layer: 'quarters',
		text: 'Quartiere: Sennestadt = Stadtbezirk (© Stadt Bielefeld, CC BY 4.0); Sieker-Mitte und Baumheide = gezeichnete Näherung, keine amtliche Grenze',
		licence: 'CC BY 4.0',
		url: 'https://open-data.bielefeld.de/dataset/stadtbezirke'
	},
	{
		layer: 'stops',
		text: 'Haltestellen: © DB InfraGO (CC BY 4.0); © OpenStreetMap-Mitwirkende (ODbL)',
		licence: 'ODbL-1.0',
		url: 'https://github.com/derhuerst/db-hafas-stations'
	},
	{
		layer: 'schools',
		text: 'Schulen: © Ministerium für Schule und Bildung NRW',
		licence: 'dl-de/by-2-0',
		url: 'https://www.schulministerium.nrw/open-data'
	},
	{
		layer: 'places',
		text: 'Demo-Daten: fiktiv (Betriebe, Stellen, Räume, Angebote und Termine sind erfunden)',
		licence: 'EUPL-1.2',
		url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12'
	}
];
writeFileSync(join(STATIC_DIR, 'ATTRIBUTION.json'), JSON.stringify(ATTRIBUTION, null, '\t') + '\n');
log('[seed] wrote static/data/ATTRIBUTION.json');
log('[seed] done');
