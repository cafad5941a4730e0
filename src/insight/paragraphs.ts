/** Every published paragraph of a report, in reading order, with the part it belongs to. */
import { publishedBlocks, type PublishedBlock } from '../report/published.ts';
import type { Report, SectionType } from '../report/schema.ts';

export interface ReportParagraph {
	reportId: string;
	paragraphId: string;
	/** Part type, or null for the preamble and the closing. */
	type: SectionType | null;
	text: string;
}

/** The paragraphs among a report's published blocks (a run-in number is part of the text, as shown). */
export function* reportParagraphs(report: Report, blocks: PublishedBlock[] = publishedBlocks(report)): Generator<ReportParagraph> {
	for (const b of blocks) {
		if (b.kind !== 'paragraph') continue;
		const type = b.scope === 'front' || b.scope === 'closing' ? null : b.scope;
		yield { reportId: report.id, paragraphId: b.anchor, type, text: b.text };
	}
}
