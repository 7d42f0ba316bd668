/**
 * The small text format of the legal pages (stored in legal_pages, edited by staff): a blank line
 * starts a paragraph, "## " a heading, "- " a list item, [text](/path or https://…) is a link.
 * Parsed into blocks that Svelte renders as text, so nothing typed becomes HTML.
 */
export type Inline = { text: string; href?: string };
export type Block =
	| { type: 'h2'; text: string; id: string }
	| { type: 'p'; lines: Inline[][] }
	| { type: 'ul'; items: Inline[][] };

const LINK = /\[([^\]]{1,200})\]\(((?:https:\/\/|\/|mailto:)[^\s)]{0,300})\)/g;

export function inline(text: string): Inline[] {
	const out: Inline[] = [];
	let last = 0;
	for (const match of text.matchAll(LINK)) {
		if (match.index > last) out.push({ text: text.slice(last, match.index) });
		out.push({ text: match[1], href: match[2] });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}

export function slugify(text: string) {
	return text
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export function parseLegalText(body: string): Block[] {
	const blocks: Block[] = [];
	for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const lines = chunk.split('\n').filter((l) => l.trim() !== '');
		let para: Inline[][] = [];
		let list: Inline[][] = [];
		const flush = () => {
			if (para.length) blocks.push({ type: 'p', lines: para });
			if (list.length) blocks.push({ type: 'ul', items: list });
			para = [];
			list = [];
		};
		for (const line of lines) {
			if (line.startsWith('## ')) {
				flush();
				const text = line.slice(3).trim();
				blocks.push({ type: 'h2', text, id: slugify(text) });
			} else if (/^- /.test(line)) {
				if (para.length) {
					blocks.push({ type: 'p', lines: para });
					para = [];
				}
				list.push(inline(line.slice(2).trim()));
			} else {
				if (list.length) {
					blocks.push({ type: 'ul', items: list });
					list = [];
				}
				para.push(inline(line.trim()));
			}
		}
		flush();
	}
	return blocks;
}

/** Placeholders the project still has to fill in ([…] without a link target). */
export function openPlaceholders(body: string): number {
	return [...body.matchAll(/\[[^\]]+\](?!\()/g)].length;
}
