/**
 * The accessibility picture as one PNG for the funder's report, drawn on a canvas (not a
 * screenshot of the WebGL map): the cells in their colours, a legend, the bars per quarter,
 * a title and the provenance line.
 */
import type { HeatClass } from '$lib/map/heat-scale';
import { heatColour } from '$lib/map/heat-scale';
import type { Cell, QuarterStats } from './access';

export interface PngText {
	title: string;
	legend: string;
	median: string;
	mean: string;
	provenance: string;
}

export function drawAccessPng(
	cells: Cell[],
	counts: ArrayLike<number>,
	classes: HeatClass[],
	stats: QuarterStats[],
	text: PngText
): HTMLCanvasElement {
	const W = 1200;
	const MAP_H = 720;
	const H = MAP_H + 120 + stats.length * 44 + 90;
	const canvas = document.createElement('canvas');
	canvas.width = W;
	canvas.height = H;
	const g = canvas.getContext('2d');
	if (!g) throw new Error('no 2d canvas');
	g.fillStyle = '#ffffff';
	g.fillRect(0, 0, W, H);
	g.fillStyle = '#1d1b17';
	g.font = 'bold 22px system-ui, sans-serif';
	g.fillText(text.title, 24, 36);

	// Map: equirectangular, shrunk in longitude by cos(latitude), fitted into the map box.
	const lons = cells.flatMap((c) => c.ring.map((p) => p[0]));
	const lats = cells.flatMap((c) => c.ring.map((p) => p[1]));
	const minLon = Math.min(...lons);
	const maxLat = Math.max(...lats);
	const k = Math.cos(((Math.min(...lats) + maxLat) / 2) * (Math.PI / 180));
	const spanX = (Math.max(...lons) - minLon) * k;
	const spanY = maxLat - Math.min(...lats);
	const scale = Math.min((W - 48) / spanX, (MAP_H - 70) / spanY);
	const px = (lon: number) => 24 + (lon - minLon) * k * scale;
	const py = (lat: number) => 56 + (maxLat - lat) * scale;
	cells.forEach((c, i) => {
		g.fillStyle = heatColour(classes, counts[i]);
		g.beginPath();
		c.ring.forEach(([lon, lat], j) =>
			j ? g.lineTo(px(lon), py(lat)) : g.moveTo(px(lon), py(lat))
		);
		g.closePath();
		g.fill();
	});

	// Legend
	let y = MAP_H + 10;
	g.fillStyle = '#1d1b17';
	g.font = '16px system-ui, sans-serif';
	g.fillText(text.legend, 24, y);
	let x = 24;
	y += 14;
	for (const c of classes) {
		g.fillStyle = c.colour;
		g.fillRect(x, y, 28, 18);
		g.strokeStyle = '#3d3a33';
		g.strokeRect(x, y, 28, 18);
		g.fillStyle = '#1d1b17';
		const label = c.from === c.to ? String(c.from) : `${c.from}–${c.to}`;
		g.fillText(label, x + 34, y + 15);
		x += 34 + g.measureText(label).width + 24;
	}

	// Bars per quarter
	y += 50;
	const max = Math.max(1, ...stats.map((s) => Math.max(s.median, s.mean)));
	const barW = (v: number) => Math.max(1, (v / max) * (W - 420));
	for (const s of stats) {
		g.fillStyle = '#1d1b17';
		g.font = 'bold 16px system-ui, sans-serif';
		g.fillText(s.name, 24, y + 14);
		g.font = '14px system-ui, sans-serif';
		g.fillStyle = '#21918c';
		g.fillRect(220, y, barW(s.median), 16);
		g.fillStyle = '#3b528b';
		g.fillRect(220, y + 19, barW(s.mean), 16);
		g.fillStyle = '#1d1b17';
		g.fillText(`${text.median} ${s.median.toFixed(1)}`, 226 + barW(s.median), y + 13);
		g.fillText(`${text.mean} ${s.mean.toFixed(1)}`, 226 + barW(s.mean), y + 32);
		y += 44;
	}
	g.font = '12px system-ui, sans-serif';
	g.fillStyle = '#3d3a33';
	wrap(g, text.provenance, 24, y + 16, W - 48, 15);
	return canvas;
}

function wrap(g: CanvasRenderingContext2D, s: string, x: number, y: number, w: number, lh: number) {
	let line = '';
	for (const word of s.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (g.measureText(next).width > w && line) {
			g.fillText(line, x, y);
			y += lh;
			line = word;
		} else line = next;
	}
	if (line) g.fillText(line, x, y);
}
