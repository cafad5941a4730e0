/**
 * Comparison pages: one section type across reports, optionally filtered by province,
 * year or both, in pages of PAGE_SIZE. URLs: /compare/problems/, …/chongqingshi/,
 * …/2023/, …/chongqingshi/2023/, each followed by page/N/ beyond the first page.
 * A card lists a part's outline (headings, or first lines where a block has none), never its
 * whole text: each report sits on four listings, so full text made these pages outgrow the
 * report pages (525 MB at 10,000 reports).
 */
import type { Section, SectionType } from '../report/schema.ts';
import type { ReportEntry } from './library.ts';
import { SECTION_ANCHORS } from './labels.ts';
import type { Province } from './regions.ts';
import { pages } from './paginate.ts';

export const PAGE_SIZE = 24;

/** Most outline lines a card lists; the rest are counted and left to the report page. */
export const CARD_LINES = 10;

/** Longest outline line, in characters, before it is cut with an ellipsis. */
export const LINE_CHARS = 40;

export interface CompareItem {
	entry: ReportEntry;
	section: Section;
}

export interface CompareFilter {
	province?: Province;
	year?: number;
}

export function filterPath(type: SectionType, filter: CompareFilter): string {
	const parts = [filter.province?.slug, filter.year].filter(Boolean);
	return `/compare/${SECTION_ANCHORS[type]}/${parts.map((p) => `${p}/`).join('')}`;
}

export function pagePath(base: string, page: number): string {
	return page > 1 ? `${base}page/${page}/` : base;
}

/** Every section of a type, in library order. */
export function itemsOf(reports: ReportEntry[], type: SectionType): CompareItem[] {
	return reports.flatMap((entry) => entry.data.sections.filter((s) => s.type === type).map((section) => ({ entry, section })));
}

/** All filters with at least one item, including "no filter". */
export function filtersOf(items: CompareItem[], provinces: Province[]): CompareFilter[] {
	const years = [...new Set(items.map((i) => i.entry.data.reportYear))].sort();
	const filters: CompareFilter[] = [{}, ...years.map((year) => ({ year }))];
	for (const province of provinces) {
		const ids = new Set(province.counties.flatMap((c) => c.townships.flatMap((t) => t.reports.map((r) => r.id))));
		const mine = items.filter((i) => ids.has(i.entry.id));
		if (mine.length === 0) continue;
		filters.push({ province });
		for (const year of new Set(mine.map((i) => i.entry.data.reportYear))) filters.push({ province, year });
	}
	return filters;
}

export function applyFilter(items: CompareItem[], filter: CompareFilter): CompareItem[] {
	const ids = filter.province
		? new Set(filter.province.counties.flatMap((c) => c.townships.flatMap((t) => t.reports.map((r) => r.id))))
		: null;
	return items.filter((i) => (!ids || ids.has(i.entry.id)) && (!filter.year || i.entry.data.reportYear === filter.year));
}

/** One line of a card: a heading, or the first line of a block without one, and where it is in the report. */
export interface OutlineLine {
	/** Anchor of the block on the report page. */
	anchor: string;
	/** What the line shows, at most LINE_CHARS characters. */
	text: string;
}

export interface Outline {
	/** The part's numbered heading as written, cut like a line; null when it has none. */
	heading: string | null;
	lines: OutlineLine[];
	/** Blocks of the part not listed. */
	more: number;
}

/** The text up to its first sentence end, cut to `max` characters (ellipsis included). */
export function firstLine(text: string, max = LINE_CHARS): string {
	const chars = Array.from(text.trim());
	const end = chars.findIndex((c) => '。！？；'.includes(c));
	const sentence = end >= 0 ? chars.slice(0, end + 1) : chars;
	return sentence.length <= max ? sentence.join('') : `${sentence.slice(0, max - 1).join('')}…`;
}

/**
 * A part's outline in reading order: the first line of each paragraph before its
 * subsections, then each subsection by its numbered heading (or its first line when the
 * heading is a run-in paragraph). At most CARD_LINES lines.
 */
export function outlineOf(section: Section): Outline {
	const blocks: OutlineLine[] = [];
	for (const p of section.paragraphs) blocks.push({ anchor: p.id, text: firstLine(p.text) });
	for (const sub of section.children) {
		const opening = sub.paragraphs[0] ?? sub.children[0]?.paragraphs[0];
		const text = sub.heading ?? (opening ? firstLine(opening.text, LINE_CHARS - (sub.number?.length ?? 0)) : '');
		blocks.push({ anchor: sub.id, text: firstLine(`${sub.number ?? ''}${text}`) });
	}
	const heading = section.heading ? firstLine(`${section.number ?? ''}${section.heading}`) : null;
	return { heading, lines: blocks.slice(0, CARD_LINES), more: Math.max(0, blocks.length - CARD_LINES) };
}

export { pages };
