/**
 * A sequential colour scale for counts (the dashboard's accessibility heat map): five classes,
 * viridis from dark (few) to light (many), readable in grey-scale print and with the common
 * colour-vision deficiencies. The same classes colour the map, the legend and the PNG export.
 */
export const HEAT_COLOURS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;

export interface HeatClass {
	/** inclusive lower bound */
	from: number;
	/** inclusive upper bound */
	to: number;
	colour: string;
}

/** Five classes of equal width from 0 to max (rounded up to whole numbers); fewer if max is small. */
export function heatClasses(max: number): HeatClass[] {
	const top = Math.max(0, Math.ceil(max));
	const n = Math.min(HEAT_COLOURS.length, top + 1);
	const width = (top + 1) / n;
	return Array.from({ length: n }, (_, i) => ({
		from: Math.ceil(i * width),
		to: Math.ceil((i + 1) * width) - 1,
		colour: HEAT_COLOURS[Math.round((i * (HEAT_COLOURS.length - 1)) / Math.max(1, n - 1))]
	}));
}

export function heatColour(classes: HeatClass[], value: number): string {
	for (const c of classes) if (value <= c.to) return c.colour;
	return classes[classes.length - 1]?.colour ?? HEAT_COLOURS[0];
}
