/**
 * What listing pages need of a report, about a kilobyte: its facts and an outline of its
 * parts, without its text. The site's content store holds these; a report page reads its
 * body from the parse-once cache (src/corpus).
 */
import { z } from 'zod';
import { partBlocks, partHeading, type PublishedBlock } from './published.ts';
import { SECTION_LABELS } from './labels.ts';
import { ReportSchema, SectionTypeSchema, type Report } from './schema.ts';

/** Characters of a part's opening kept in its outline (compare pages, previews). */
export const OPENING_CHARS = 80;

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
	/** The first characters of its text below the heading, as shown. */
	opening: z.string(),
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

export type PartSummary = z.infer<typeof PartSummarySchema>;
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

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
			opening: [...text].slice(0, OPENING_CHARS).join(''),
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
