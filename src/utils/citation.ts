/**
 * GB/T 7714-2015 references to a report read online:
 *
 *     主要责任者. 题名[R/OL]. (发布日期)[引用日期]. 获取和访问路径
 *
 * A part of the report is cited as `题名: 部分` (its own number and heading, e.g.
 * `四、存在的问题`), so a section's citation names that section. The issuer is written once:
 * a title that opens with the issuer (`永安市贡川镇人民政府 关于…`) loses that opening.
 * The URL is left off; the page appends the link of what is cited (the copy script makes
 * it absolute in the browser).
 */
import type { PublishedBlock } from '../report/published.ts';
import type { Report } from '../report/schema.ts';

type Cited = Pick<Report, 'issuers' | 'title' | 'issuedDate'>;

/** The title without the issuers it opens with (never empty: the title stays when nothing else would). */
export function titleWithoutIssuers(report: Pick<Report, 'issuers' | 'title'>): string {
	let title = report.title.trim();
	for (let changed = true; changed; ) {
		changed = false;
		for (const issuer of report.issuers) {
			if (!issuer || !title.startsWith(issuer)) continue;
			const rest = title.slice(issuer.length).replace(/^[\s,，、]+/, '');
			if (rest) {
				title = rest;
				changed = true;
			}
		}
	}
	return title;
}

/** A reference without its URL, in the two halves around where a part's name goes (citeAs joins them). */
export interface CitationFrame {
	/** Issuers and title: `某镇人民政府. 关于…的报告`. */
	head: string;
	/** Type, dates: `[R/OL]. (2023-12-26)[2026-12-01].`. */
	tail: string;
}

/** The halves of a report's reference; `accessed` is the access date (ISO). */
export function citationFrame(report: Cited, accessed: string): CitationFrame {
	const issuers = report.issuers.length > 0 ? report.issuers.join(', ') : '佚名';
	const issued = report.issuedDate ? `(${report.issuedDate})` : '';
	return { head: `${issuers}. ${titleWithoutIssuers(report)}`, tail: `[R/OL]. ${issued}[${accessed}].` };
}

/** The reference of the part named `part`, or of the whole report. Runs in the browser too (src/components/CopyScript.astro). */
export const citeAs = (frame: CitationFrame, part: string | null = null): string => `${frame.head}${part ? `: ${part}` : ''}${frame.tail}`;

/** The reference without its URL. `accessed` is the access date (ISO), `part` the part cited, if not the whole report. */
export function citation(report: Cited, accessed: string, part: string | null = null): string {
	return citeAs(citationFrame(report, accessed), part);
}

/** Each citable part by anchor: its own heading as shown ('' if none) and the citable part around it. */
export type CitableParts = Record<string, [heading: string, within: string | null]>;

/**
 * The citable parts (parts, group headings, subsections, sub-subsections; paragraphs cite the
 * part they sit in), each by its own heading and the part around it, so a subsection's name
 * does not repeat its part's heading on the page (partName joins them).
 */
export function citableParts(blocks: PublishedBlock[]): CitableParts {
	const headings = new Map(blocks.filter((b) => b.kind === 'heading').map((b) => [b.anchor, b.text]));
	const parts: CitableParts = {};
	for (const block of blocks) {
		block.path.forEach((anchor, i) => {
			if (Object.hasOwn(parts, anchor)) return;
			let within: string | null = null;
			for (let j = i - 1; j >= 0 && within === null; j--) if (Object.hasOwn(parts, block.path[j]!)) within = block.path[j]!;
			const heading = headings.get(anchor) ?? '';
			if (heading || within) parts[anchor] = [heading, within];
		});
	}
	return parts;
}

/** A part's name: the headings around it, outermost first, as shown. Runs in the browser too. */
export function partName(parts: CitableParts, anchor: string): string {
	const names: string[] = [];
	for (let a: string | null = anchor; a !== null && Object.hasOwn(parts, a); a = parts[a]![1]) if (parts[a]![0]) names.unshift(parts[a]![0]);
	return names.join(' ');
}

/**
 * What a report page needs to cite any of its parts: the frame once and each part by anchor,
 * rather than every citation in full (the frame repeated per heading was 3 KB a page).
 */
export interface PageCitations extends CitationFrame {
	/** Each citable part's own heading and the part around it (citableParts). */
	parts: CitableParts;
}

export function pageCitations(report: Cited, blocks: PublishedBlock[], accessed: string): PageCitations {
	return { ...citationFrame(report, accessed), parts: citableParts(blocks) };
}
