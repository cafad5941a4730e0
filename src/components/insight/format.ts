/** How insight values read on the page. */
import type { Figure } from '../../insight/index.ts';

/** `3万余份` reads better as written; the parsed value is in the data files. */
export function figureText(f: Figure): string {
	return f.raw.replace(/\s+/g, '');
}

export const percent = (share: number) => `${(share * 100).toFixed(1).replace(/\.0$/, '')}%`;

/** A window of `text` around `needle`, so a long paragraph shows where the citation sits. */
export function excerpt(text: string, needle: string, radius = 60): { before: string; match: string; after: string } {
	const at = text.indexOf(needle);
	if (at < 0) return { before: text.slice(0, radius * 2), match: '', after: text.length > radius * 2 ? '…' : '' };
	const start = Math.max(0, at - radius);
	const end = Math.min(text.length, at + needle.length + radius);
	return {
		before: (start > 0 ? '…' : '') + text.slice(start, at),
		match: needle,
		after: text.slice(at + needle.length, end) + (end < text.length ? '…' : ''),
	};
}

/** A figure's value without its unit, range and approximation kept (`30000余`, `10-20`). */
export const valueText = (f: Figure) => `${f.value}${f.valueMax !== null ? `-${f.valueMax}` : ''}${f.approx.join('')}`;
