import { describe, expect, it } from 'vitest';
import { randomTransit, rng } from '../../../scripts/data-build/testing/synthetic';
import { ChainFlag } from './chains';
import { CHAIN_DETOUR, CoachChains, type ChainRequest, type LonLat } from './coach-chains';
import { haversineMeters } from './geo';
import { arriveByItinerary, departAtItinerary } from './itinerary';
import { RaptorWorker } from './raptor';
import { DEFAULT_SPEEDS } from './street-graph';
import { DEFAULT_TRANSIT_MODEL } from './transit-model';
import { buildTransit, type TripInput } from './transit';

const H = (h: number, m = 0) => h * 3600 + m * 60;
const WALK = DEFAULT_SPEEDS.walk / 3.6;
const BIKE = DEFAULT_SPEEDS.bike / 3.6;

/** Door to door without a vehicle, computed independently (haversine × detour ÷ speed). */
const doorToDoor = (a: LonLat, b: LonLat, speed: number) =>
	(haversineMeters(a.lon, a.lat, b.lon, b.lat) * CHAIN_DETOUR) / speed;

function town(seed: number) {
	const rand = rng(seed);
	const tt = randomTransit(seed, 25, 10);
	const point = () => ({ lon: 8.5 + rand() * 0.03, lat: 52 + rand() * 0.02 });
	const places = Array.from({ length: 14 }, point);
	const n = places.length;
	const req: Omit<ChainRequest, 'modes'> = {
		home: point(),
		stepFree: false,
		lon: Float64Array.from(places, (p) => p.lon),
		lat: Float64Array.from(places, (p) => p.lat),
		start: Int32Array.from({ length: n }, () => H(7, 20) + Math.floor(rand() * 90) * 60),
		end: Int32Array.from({ length: n }, () => H(7, 30) + Math.floor(rand() * 70) * 60),
		weekend: new Uint8Array(n),
		dayHours: new Float32Array(n).fill(8)
	};
	return { tt, places, req, cc: new CoachChains(tt, DEFAULT_TRANSIT_MODEL), point };
}

describe("the client's modes in the chains", () => {
	it('walk only: no bus, door-to-door minutes at walking speed both ways, also via the Kita', () => {
		for (let seed = 1; seed <= 4; seed++) {
			const { places, req, cc, point } = town(300 + seed);
			const r = cc.compute({ ...req, modes: ['walk'] });
			for (let p = 0; p < places.length; p++) {
				const want = doorToDoor(req.home, places[p], WALK) / 60;
				expect(r.toWork[p]).toBeCloseTo(want, 1);
				expect(r.back[p]).toBeCloseTo(want, 1);
			}
			const trip = cc.trip({
				home: req.home,
				stepFree: false,
				modes: ['walk'],
				place: places[0],
				start: req.start[0],
				end: req.end[0]
			});
			const legs = [...trip.there, ...trip.back].flatMap((s) => s.itinerary?.legs ?? []);
			expect(legs.length).toBeGreaterThan(0);
			expect(legs.every((l) => l.kind === 'walk')).toBe(true);
			expect(trip.direct).toBe('walk');
			// via the Kita: home → Kita + handover + Kita → work, all on foot
			const kita = { ...point(), opens: H(6), closes: H(18) };
			const k = cc.compute({ ...req, modes: ['walk'], kita });
			for (let p = 0; p < places.length; p++) {
				const want =
					(doorToDoor(req.home, kita, WALK) + 600 + doorToDoor(kita, places[p], WALK)) / 60;
				expect(k.toWork[p]).toBeCloseTo(want, 1);
				expect(k.flags[p] & ChainFlag.KITA_UNREACHABLE).toBe(0);
			}
		}
	});

	it('bike: door to door at bike speed; with transit the better of the bike and one route per offer', () => {
		let transitWon = 0;
		for (let seed = 1; seed <= 6; seed++) {
			const { tt, places, req, cc } = town(400 + seed);
			const bikeOnly = cc.compute({ ...req, modes: ['bike'] });
			const both = cc.compute({ ...req, modes: ['bike', 'transit'] });
			const w = new RaptorWorker(tt, 16);
			const travel = { stepFree: false, transit: true, bike: false };
			const options = {
				maxRounds: DEFAULT_TRANSIT_MODEL.maxVehicles,
				walkSpeedMs: WALK,
				wheelchair: false,
				boardSlack: DEFAULT_TRANSIT_MODEL.transferSlackSeconds,
				firstBoardSlack: DEFAULT_TRANSIT_MODEL.firstBoardSlackSeconds
			};
			for (let p = 0; p < places.length; p++) {
				expect(bikeOnly.toWork[p]).toBeCloseTo(doorToDoor(req.home, places[p], BIKE) / 60, 1);
				// the engine's own bike seconds (local projection, checked just above)
				const bike = bikeOnly.toWork[p] * 60;
				// the reference: one arrive-by route per offer (walks to the stops), or the bike
				const ab = arriveByItinerary(w, {
					access: cc.walks(req.home, travel),
					egress: cc.walks(places[p], travel),
					time: { kind: 'arrive', seconds: req.start[p] },
					maxSeconds: 7200,
					options
				});
				const bus = ab.latestMinute === undefined ? Infinity : req.start[p] - ab.latestMinute;
				expect([p, both.toWork[p]]).toEqual([p, Math.fround(Math.min(bus, bike) / 60)]);
				expect(bikeOnly.back[p]).toBe(bikeOnly.toWork[p]);
				if (bus < bike) transitWon++;
				const back = departAtItinerary(w, {
					access: cc.walks(places[p], travel),
					egress: cc.walks(req.home, travel),
					time: { kind: 'depart', seconds: req.end[p] },
					maxSeconds: 7200,
					options
				});
				// back in 5-minute steps unless the bike is as quick
				const stepped = back
					? Math.max(1, Math.ceil((back.arrival - req.end[p]) / 300)) * 300
					: Infinity;
				expect([p, both.back[p]]).toEqual([
					p,
					Math.fround((bike <= stepped ? bike : stepped) / 60)
				]);
			}
			const trip = cc.trip({
				home: req.home,
				stepFree: false,
				modes: ['bike'],
				place: places[0],
				start: req.start[0],
				end: req.end[0]
			});
			expect(trip.direct).toBe('bike');
			expect(trip.there[0].itinerary!.legs.every((l) => l.kind === 'walk')).toBe(true);
		}
		// the generated towns are small (2 × 2 km): the bike wins there
		expect(transitWon).toBe(0);
	});

	it('bike and Stadtbahn: the tram wins over 8 km, the bike next door; walk-only gets no tram', () => {
		const trips: TripInput[] = [];
		for (let t = H(6); t <= H(9); t += 600)
			trips.push({ route: 0, stops: [0, 1], arrivals: [t, t + 360], departures: [t, t + 360] });
		const tt = buildTransit({
			stops: [
				{ lon: 8.5, lat: 52, name: 'A' },
				{ lon: 8.617, lat: 52, name: 'B' }
			],
			routes: [{ type: 0, name: '4' }],
			trips,
			transfers: []
		});
		const cc = new CoachChains(tt, DEFAULT_TRANSIT_MODEL);
		const home = { lon: 8.5005, lat: 52.0005 };
		const far = { lon: 8.6165, lat: 52.0005 };
		const near = { lon: 8.51, lat: 52.002 };
		const req: ChainRequest = {
			home,
			stepFree: false,
			lon: Float64Array.from([far.lon, near.lon]),
			lat: Float64Array.from([far.lat, near.lat]),
			start: Int32Array.from([H(8), H(8)]),
			end: Int32Array.from([H(8, 30), H(8, 30)]),
			weekend: new Uint8Array(2),
			dayHours: Float32Array.from([8, 8])
		};
		const both = cc.compute({ ...req, modes: ['bike', 'transit'] });
		const bikeOnly = cc.compute({ ...req, modes: ['bike'] });
		const walkOnly = cc.compute({ ...req, modes: ['walk'] });
		// far: tram (leave 7:48 at the latest for the 7:50 → 7:56, walk 1 min) beats 42 min by bike
		expect(bikeOnly.toWork[0]).toBeCloseTo(doorToDoor(home, far, BIKE) / 60, 1);
		expect(both.toWork[0]).toBeLessThan(15);
		expect(both.toWork[0]).toBeLessThan(bikeOnly.toWork[0]);
		// near: the bike, as without transit
		expect(both.toWork[1]).toBe(bikeOnly.toWork[1]);
		// on foot only: 2 h is the longest journey searched, the far place is out of reach
		expect(walkOnly.flags[0] & ChainFlag.NO_WAY_TO_WORK).toBeTruthy();
		expect(walkOnly.toWork[1]).toBeCloseTo(doorToDoor(home, near, WALK) / 60, 1);
		const trip = (modes: ChainRequest['modes']) =>
			cc.trip({ home, stepFree: false, modes, place: far, start: H(8), end: H(8, 30) });
		const rides = (t: ReturnType<typeof trip>) =>
			[...t.there, ...t.back]
				.flatMap((x) => x.itinerary?.legs ?? [])
				.filter((l) => l.kind === 'ride');
		expect(rides(trip(['bike', 'transit'])).length).toBeGreaterThan(0);
		expect(rides(trip(['walk'])).length).toBe(0);
	});
});
