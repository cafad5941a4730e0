/**
 * The result list as CSV (report, place, year, matches, link), made in the browser from the
 * results' fragments and downloaded as a Blob: nothing leaves the page.
 */
import { csvLines } from '../../utils/csv.ts';
import type { SortOrder } from './state.ts';
import type { ReportHit } from './hits.ts';

export const CSV_HEADER = ['报告', '地区', '年度', '匹配次数', '链接'];

/** Rows in the page's order: most matches first (ties newest first), or by year. */
export function resultRows(hits: ReportHit[], sort: SortOrder, link: (hit: ReportHit) => string): Array<Array<string | number>> {
	const ordered = [...hits].sort(
		sort === 'relevance' ? (a, b) => b.count - a.count || b.year - a.year || a.id.localeCompare(b.id)
		: sort === 'year-asc' ? (a, b) => a.year - b.year || a.id.localeCompare(b.id)
		: (a, b) => b.year - a.year || a.id.localeCompare(b.id),
	);
	return [CSV_HEADER, ...ordered.map((h) => [h.title, h.place, h.year, h.count, link(h)])];
}

/** UTF-8 with BOM (csvLines starts with it), so spreadsheet software reads the Chinese right. */
export function downloadCsv(name: string, rows: Array<Array<string | number>>): void {
	const blob = new Blob([...csvLines(rows)], { type: 'text/csv;charset=utf-8' });
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Runs `task` over `items`, at most `width` at a time, reporting progress. */
export async function mapLimited<T, R>(items: T[], width: number, task: (item: T) => Promise<R>, progress: (done: number) => void): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	let done = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await task(items[i]!);
			progress(++done);
		}
	};
	await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
	return out;
}
