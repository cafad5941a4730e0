/**
 * What listing pages need of a report, about a kilobyte: its facts and an outline of its
 * parts, without its text. The site's content store holds these; a report page reads its
 * body from the parse-once cache (src/corpus).
 */
import { z } from 'zod';
import { partBlocks, partHeading, type PublishedBlock } from './published.ts';
import { SECTION_LABELS } from './labels.ts';
import { ReportSchema, SectionTypeSchema, type Report } from './schema.ts';

/** Most outline lines a part keeps; the rest are counted and left to the report page. */
export const OUTLINE_LINES = 10;

/** Longest outline line, in characters, before it is cut with an ellipsis. */
export const LINE_CHARS = 40;

export const OutlineSchema = z.object({
	/** One line per block of the part: a heading, or the first line of a block without one, and its anchor. */
	lines: z.array(z.object({ anchor: z.string(), text: z.string() })),
	/** Blocks of the part not listed. */
	more: z.number().int().nonnegative(),
});

export const PartSummarySchema = z.object({
	/** Anchor of the part (`problems`, `measures-2`). */
	id: z.string(),
	/** What the part is about. */
	type: SectionTypeSchema,
	/** Label in the contents list: the heading as written, or the type's label when there is none. */
	label: z.string(),
	/** Heading as written (without a group's number), or null. */
	heading: z.string().nullable(),
	/** The heading the part shares with the next part (存在的问题及下一步打算), or null. */
	groupHeading: z.string().nullable(),
	/** Its outline, for listings that show many reports' parts (compare pages): never its whole text. */
	outline: OutlineSchema,
	/** Characters of its text as shown. */
	chars: z.number().int().nonnegative(),
	/** Its second-level headings (`（一）…`), for the contents list. */
	subheadings: z.array(z.object({ id: z.string(), text: z.string() })),
});

export const ReportSummarySchema = ReportSchema.omit({ preamble: true, sections: true, closing: true, text: true }).extend({
	/** The typed parts in order, without their text. */
	parts: z.array(PartSummarySchema),
	/** Paragraphs as published. */
	paragraphs: z.number().int().nonnegative(),
	/** Characters of published text. */
	chars: z.number().int().nonnegative(),
	/** Key of the report's entry in the parse-once cache (digest of its source and the code). */
	key: z.string(),
});

/**
 * What the site's content store keeps of a report, for listings: its summary without its
 * provenance and its parts' outlines and subheadings. Those were half of a summary, and every
 * page holds the whole store (a catalogue of 100,000 reports holds it several times over:
 * Astro's store, its module, the parsed entries); the pages showing them (a report's page, a
 * comparison's cards) read the report's whole summary from the parse-once cache.
 */
export const ReportListingSchema = ReportSummarySchema.omit({ source: true, parts: true }).extend({
	/** The typed parts in order, without outlines or subheadings. */
	parts: z.array(PartSummarySchema.omit({ outline: true, subheadings: true })),
});

export type PartSummary = z.infer<typeof PartSummarySchema>;
export type Outline = z.infer<typeof OutlineSchema>;
export type ReportSummary = z.infer<typeof ReportSummarySchema>;
export type ReportListing = z.infer<typeof ReportListingSchema>;
export type PartListing = ReportListing['parts'][number];

/** A summary as the content store keeps it (ReportListingSchema). */
export function reportListing(summary: ReportSummary): ReportListing {
	const { source: _s, parts, ...facts } = summary;
	return { ...facts, parts: parts.map(({ outline: _o, subheadings: _h, ...part }) => part) };
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
 * subsections, then each subsection by its heading (or its first paragraph's first line,
 * run-in number included, when it has no heading). At most OUTLINE_LINES lines.
 */
export function partOutline(blocks: PublishedBlock[], part: string): Outline {
	const lines: Outline['lines'] = [];
	const seen = new Set<string>();
	for (const b of partBlocks(blocks, part)) {
		const depth = b.path.length - 1 - b.path.indexOf(part);
		if (depth === 0 && b.kind === 'paragraph') lines.push({ anchor: b.anchor, text: firstLine(b.text) });
		else if (depth >= 1) {
			// The subsection this block sits in (its heading, or else its first block) opens one line.
			const sub = b.path[b.path.indexOf(part) + 1]!;
			if (seen.has(sub)) continue;
			seen.add(sub);
			lines.push({ anchor: sub, text: firstLine(b.text) });
		}
	}
	return { lines: lines.slice(0, OUTLINE_LINES), more: Math.max(0, lines.length - OUTLINE_LINES) };
}

export function summarizeReport(report: Report, blocks: PublishedBlock[], key: string): ReportSummary {
	const { preamble: _p, sections, closing: _c, text: _t, ...facts } = report;
	const parts = sections.map((section): PartSummary => {
		const text = partBlocks(blocks, section.id).map((b) => b.text).join('');
		return {
			id: section.id,
			type: section.type,
			label: partHeading(section) || SECTION_LABELS[section.type],
			heading: section.heading,
			groupHeading: section.groupHeading,
			outline: partOutline(blocks, section.id),
			chars: [...text].length,
			subheadings: blocks
				.filter((b) => b.kind === 'heading' && b.part === section.id && b.path.at(-2) === section.id)
				.map((b) => ({ id: b.anchor, text: b.text })),
		};
	});
	const published = blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph');
	return {
		...facts,
		parts,
		paragraphs: published.filter((b) => b.kind === 'paragraph').length,
		chars: published.reduce((n, b) => n + [...b.text].length, 0),
		key,
	};
}
