/** The bench's synthetic city: a real city's size (≈ 20 km across, ≈ 68k street nodes, 60 bus
 *  and tram lines and 6 S-Bahn-like lines across it). */
export const BENCH_CITY = {
	seed: 2026,
	cols: 260,
	rows: 260,
	spacingM: 75,
	lines: 60,
	stopsPerLine: 28,
	headwaySeconds: 1200,
	expressLines: 6,
	expressStride: 20
};
