/**
 * Finding and normalising titles written in 《…》. Titles may hold （…） and, rarely, a nested
 * 《…》 (关于印发《…》的通知); only the outermost title is a citation.
 */

/** Each outermost 《…》 title of a text, as written (without the brackets). */
export function titlesIn(text: string): string[] {
	const titles: string[] = [];
	let depth = 0;
	let start = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '《') {
			if (depth === 0) start = i + 1;
			depth++;
		} else if (ch === '》' && depth > 0) {
			depth--;
			if (depth === 0) {
				const title = text.slice(start, i);
				if (title.trim()) titles.push(title);
			}
		}
	}
	return titles;
}

/**
 * One spelling per title: no spaces (PDF extraction scatters them: `2021—2026 年`), full-width
 * brackets, one dash in year ranges, nested 《》 written as 〈〉.
 */
export function normaliseTitle(written: string): string {
	return written
		.replace(/\s+/g, '')
		.replace(/\(/g, '（')
		.replace(/\)/g, '）')
		.replace(/(\d)[-－–~～至](\d)/g, '$1—$2')
		.replace(/《/g, '〈')
		.replace(/》/g, '〉');
}
