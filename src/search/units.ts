/**
 * THE definition of the "published text" that search matches: the list of text units of a
 * report, each one block on the report page with its own anchor. A match never spans two
 * units, because Ctrl+F on the page does not find a string across two blocks either.
 * The indexer, the test oracle and (through the anchors) the highlighter all use this list.
 *
 * It walks a Report exactly as the page's Markdown builder (src/markdown/build.ts) does,
 * reusing its text helpers; tests/unit/search-units.test.ts checks the anchors stay equal.
 */
import type { Paragraph, Report } from '../report/schema.ts';
import { groupId, headingText } from '../markdown/build.ts';
import { normalizeText } from '../markdown/escape.ts';
import { SCOPE_LABELS, type UnitScope } from './scopes.ts';

export type { UnitScope };

export interface Unit {
	/** Anchor of the block on the report page (`measures-s1-p2`). */
	anchor: string;
	/** Text as the page shows it. */
	text: string;
	/** Section type, or the title/preamble (`front`) and sign-off (`closing`). */
	scope: UnitScope;
	/** Anchor of the top-level part (sub-result target), or `title` / the first closing paragraph. */
	part: string;
	/** Label of that part, for sub-results. */
	partLabel: string;
}

/** Anchor of the report's title block (`<h1 id="title">` and its metadata list). */
export const TITLE_ANCHOR = 'title';

export function reportUnits(report: Report): Unit[] {
	const units: Unit[] = [];
	const front = { scope: 'front' as const, part: TITLE_ANCHOR, partLabel: '标题与导语' };
	// The title block shows the title, then these fields as written in the report.
	const header = [report.title, report.issuers.join('、'), report.docNumber, report.signer, report.recipients];
	for (const text of header) if (text) units.push({ anchor: TITLE_ANCHOR, text: normalizeText(text), ...front });
	const paragraphs = (list: Paragraph[], at: Omit<Unit, 'anchor' | 'text'>, runIn: string | null = null) => {
		list.forEach((p, i) => {
			const prefix = i === 0 && runIn ? runIn : '';
			units.push({ anchor: p.id, text: normalizeText(`${prefix}${p.text}`), ...at });
		});
	};
	paragraphs(report.preamble, front);
	let group: string | null = null;
	for (const section of report.sections) {
		const label = section.groupHeading || !section.heading ? section.heading : headingText(section.number, section.heading);
		const at = { scope: section.type, part: section.id, partLabel: label || section.groupHeading || SCOPE_LABELS[section.type] };
		if (section.groupHeading && section.groupHeading !== group) {
			units.push({ anchor: groupId(section.id), text: normalizeText(headingText(section.number, section.groupHeading)), ...at });
		}
		group = section.groupHeading;
		if (label) units.push({ anchor: section.id, text: normalizeText(label), ...at });
		paragraphs(section.paragraphs, at, label || section.groupHeading ? null : section.number);
		for (const sub of section.children) {
			if (sub.heading) units.push({ anchor: sub.id, text: normalizeText(headingText(sub.number, sub.heading)), ...at });
			paragraphs(sub.paragraphs, at, sub.heading ? null : sub.number);
			for (const leaf of sub.children) {
				if (leaf.heading) units.push({ anchor: leaf.id, text: normalizeText(headingText(leaf.number, leaf.heading)), ...at });
				paragraphs(leaf.paragraphs, at, leaf.heading ? null : leaf.number);
			}
		}
	}
	const closingAnchor = report.closing[0]?.id ?? TITLE_ANCHOR;
	paragraphs(report.closing, { scope: 'closing', part: closingAnchor, partLabel: '结尾' });
	// Blocks with no searchable character (`\-` placeholders) cannot hold a match.
	return units.filter((u) => /\S/u.test(u.text));
}
