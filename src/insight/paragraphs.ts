/** Every published paragraph of a report, in reading order, with the part it belongs to. */
import type { Report, SectionType } from '../report/schema.ts';

export interface ReportParagraph {
	reportId: string;
	paragraphId: string;
	/** Part type, or null for the preamble and the closing. */
	type: SectionType | null;
	text: string;
}

export function* reportParagraphs(report: Report): Generator<ReportParagraph> {
	const at = (type: SectionType | null, p: { id: string; text: string }): ReportParagraph => ({
		reportId: report.id,
		paragraphId: p.id,
		type,
		text: p.text,
	});
	for (const p of report.preamble) yield at(null, p);
	for (const s of report.sections) {
		for (const p of s.paragraphs) yield at(s.type, p);
		for (const c of s.children) {
			for (const p of c.paragraphs) yield at(s.type, p);
			for (const g of c.children) for (const p of g.paragraphs) yield at(s.type, p);
		}
	}
	for (const p of report.closing) yield at(null, p);
}
