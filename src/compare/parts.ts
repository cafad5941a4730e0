/**
 * What the side-by-side page reads of each chosen report: a few facts and the plain text of
 * each part, taken from the report page itself (its `data-pb` blocks, src/markdown/body.ts),
 * so the library does not publish a second copy of every report's text for it. Free of zod
 * and the parser: it runs in the browser (src/compare/client/page.ts).
 */
import { BLOCK_ATTRIBUTE } from '../markdown/body.ts';
import { SECTION_LABELS } from '../report/labels.ts';
import type { SectionType } from '../report/schema.ts';
import { reportUrl } from '../utils/urls.ts';

export interface ComparePart {
	/** What the part is about. */
	type: SectionType;
	/** Its anchor on the report page (`leader-duties`, `measures-2`). */
	anchor: string;
	/** The heading as written, with its number (`三、存在的问题`), or null. */
	heading: string | null;
	/** The part's headings and paragraphs, one per line. */
	text: string;
}

export interface ReportParts {
	/** Report id. */
	id: string;
	/** Full place name (`重庆市大足区万古镇`), or 未知地区. */
	place: string;
	/** The year reported on. */
	year: number;
	/** Title as written. */
	title: string;
	/** The report page. */
	url: string;
	/** Every part, in the report's order. */
	parts: ComparePart[];
}

/** Attributes of the report page's `<article>` naming the report for the comparison. */
export function reportArticleAttributes(id: string, place: string, year: number): Record<string, string> {
	return { 'data-report': id, 'data-place': place, 'data-year': String(year) };
}

/** Page furniture inside a block: permalinks, citation buttons, type badges. */
const CHROME = '.para-tools, .head-tools, .badge, button';

/** A block's text as shown, furniture left out, runs of white space as one. */
function blockText(el: Element): string {
	const copy = el.cloneNode(true) as Element;
	for (const n of copy.querySelectorAll(CHROME)) n.remove();
	return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const isType = (value: string | null): value is SectionType => value !== null && Object.hasOwn(SECTION_LABELS, value);

/** The parts of the report a page shows; null when the document is not a report page. */
export function readReportParts(doc: Document): ReportParts | null {
	const article = doc.querySelector('article[data-report]');
	if (!article) return null;
	const id = article.getAttribute('data-report')!;
	const title = doc.getElementById('title');
	const parts: ComparePart[] = [];
	for (const section of doc.querySelectorAll('.report-body section.sec[data-type]')) {
		const type = section.getAttribute('data-type');
		if (!isType(type)) continue;
		// The part's own heading is its first child; one without BLOCK_ATTRIBUTE is only the type's label.
		const own = [...section.children].find((c) => c.classList.contains('sec-h'));
		const lines = [...section.querySelectorAll(`[${BLOCK_ATTRIBUTE}]`)].filter((el) => el !== own).map(blockText).filter(Boolean);
		parts.push({ type, anchor: section.id, heading: own?.hasAttribute(BLOCK_ATTRIBUTE) ? blockText(own) : null, text: lines.join('\n') });
	}
	return { id, place: article.getAttribute('data-place') ?? '未知地区', year: Number(article.getAttribute('data-year')), title: title ? blockText(title) : '', url: reportUrl(id), parts };
}
