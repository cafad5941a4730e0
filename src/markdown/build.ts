/**
 * The one way report text becomes Markdown. Source text is always escaped; the only live
 * markup is what this builder adds: one heading or paragraph per block, and `**…**`
 * emphasis on lead phrases. Each block is one line, so the rendered HTML maps back to
 * report anchors line by line (see blocks.ts).
 */
import type { Paragraph, Report } from '../report/schema.ts';
import { escapeMarkdown, escapeNormalized, normalizeText } from './escape.ts';
import { leadRanges } from './lead.ts';

export interface BuiltMarkdown {
	/** Markdown for the whole report body, one block per line pair. */
	markdown: string;
	/** Anchor of each block, in order. */
	ids: string[];
}

/** Paragraph text with its lead phrases emphasised. `prefix` (a run-in number) is shown first. */
export function paragraphMarkdown(text: string, prefix = ''): string {
	const normalized = normalizeText(prefix ? `${prefix}${text}` : text);
	let out = '';
	let at = 0;
	for (const [start, end] of leadRanges(normalized)) {
		out += escapeNormalized(normalized.slice(at, start));
		out += `**${escapeNormalized(normalized.slice(start, end))}**`;
		at = end;
	}
	return out + escapeNormalized(normalized.slice(at));
}

/** Heading text as written: number then heading (`一、主要举措`). */
export function headingText(number: string | null, heading: string | null): string {
	return `${number ?? ''}${heading ?? ''}`;
}

/** Builds the body Markdown of a report: group headings, headings and paragraphs. */
export function reportMarkdown(report: Report): BuiltMarkdown {
	const lines: string[] = [];
	const ids: string[] = [];
	const heading = (id: string, level: number, text: string) => {
		ids.push(id);
		lines.push(`${'#'.repeat(level)} ${escapeMarkdown(text) || '\\-'}`);
	};
	const paragraphs = (list: Paragraph[], runIn: string | null = null) => {
		list.forEach((p, i) => {
			ids.push(p.id);
			lines.push(paragraphMarkdown(p.text, i === 0 && runIn ? runIn : '') || '\\-');
		});
	};
	paragraphs(report.preamble);
	let group: string | null = null;
	for (const section of report.sections) {
		if (section.groupHeading && section.groupHeading !== group) {
			heading(groupId(section.id), 2, headingText(section.number, section.groupHeading));
		}
		group = section.groupHeading;
		// In a group the number belongs to the group heading; the part keeps only its label.
		const label = section.groupHeading || !section.heading ? section.heading : headingText(section.number, section.heading);
		if (label) heading(section.id, 2, label);
		paragraphs(section.paragraphs, label || section.groupHeading ? null : section.number);
		for (const sub of section.children) {
			if (sub.heading) heading(sub.id, 3, headingText(sub.number, sub.heading));
			paragraphs(sub.paragraphs, sub.heading ? null : sub.number);
			for (const leaf of sub.children) {
				if (leaf.heading) heading(leaf.id, 4, headingText(leaf.number, leaf.heading));
				paragraphs(leaf.paragraphs, leaf.heading ? null : leaf.number);
			}
		}
	}
	paragraphs(report.closing);
	return { markdown: lines.join('\n\n') + '\n', ids };
}

/** Anchor of the group heading shown above the first part it holds. */
export function groupId(sectionId: string): string {
	return `${sectionId}-group`;
}
