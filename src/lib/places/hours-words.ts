import { osmToRows } from '$lib/business/hours-rows';

/**
 * Opening hours in the reader's words: "Mo–Fr 8:00–16:00; Sa 9:00–12:00" with the day names and
 * the clock of the reader's language (Intl), for the simple texts the business form writes. Richer
 * OSM texts (holidays, "off", weeks) give null: the page then shows the coming week day by day.
 */
export function hoursInWords(text: string | null | undefined, locale: string): string | null {
	const rows = text ? osmToRows(text) : null;
	if (!rows || rows.length === 0) return null;
	const day = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
	const dayName = (d: number) => day.format(new Date(Date.UTC(2024, 0, 1 + d)));
	const clock = new Intl.DateTimeFormat(locale, {
		hour: 'numeric',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: 'UTC'
	});
	const time = (hhmm: string) => {
		if (hhmm === '24:00')
			return clock.format(new Date(Date.UTC(2024, 0, 1, 0, 0))).replace(/0/, '24');
		const [h, m] = hhmm.split(':').map(Number);
		return clock.format(new Date(Date.UTC(2024, 0, 1, h, m)));
	};
	const rules: { days: number[]; spans: string[] }[] = [];
	for (const r of rows) {
		const last = rules[rules.length - 1];
		const span = `${time(r.from)}–${time(r.to)}`;
		if (last && last.days.join() === r.days.join()) last.spans.push(span);
		else rules.push({ days: r.days, spans: [span] });
	}
	const days = (list: number[]) => {
		const parts: string[] = [];
		for (let i = 0; i < list.length;) {
			let j = i;
			while (j + 1 < list.length && list[j + 1] === list[j] + 1) j++;
			if (j - i >= 2) parts.push(`${dayName(list[i])}–${dayName(list[j])}`);
			else for (let k = i; k <= j; k++) parts.push(dayName(list[k]));
			i = j + 1;
		}
		return parts.join(', ');
	};
	return rules.map((r) => `${days(r.days)} ${r.spans.join(', ')}`).join('; ');
}
