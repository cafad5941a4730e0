/**
 * What the side-by-side page loads per report (/reports/<id>/parts.json): a few facts and the
 * plain text of each part, so a comparison of four reports fetches four small files.
 */
import { z } from 'zod';
import { SectionTypeSchema, type Report } from '../report/schema.ts';
import { placeName } from '../utils/format.ts';
import { publishedBlocks } from '../report/published.ts';
import { partText } from '../utils/sections.ts';
import { reportUrl } from '../utils/urls.ts';

export const ComparePartSchema = z.object({
	/** What the part is about. */
	type: SectionTypeSchema,
	/** Its anchor on the report page (`leader-duties`, `measures-2`). */
	anchor: z.string(),
	/** The heading as written, with its number (`三、存在的问题`), or null. */
	heading: z.string().nullable(),
	/** The part's headings and paragraphs, one per line. */
	text: z.string(),
});

export const ReportPartsSchema = z.object({
	/** Report id. */
	id: z.string(),
	/** Full place name (`重庆市大足区万古镇`), or 未知地区. */
	place: z.string(),
	/** The year reported on. */
	year: z.number().int(),
	/** Title as written. */
	title: z.string(),
	/** The report page. */
	url: z.string(),
	/** Every part, in the report's order. */
	parts: z.array(ComparePartSchema),
});

export type ComparePart = z.infer<typeof ComparePartSchema>;
export type ReportParts = z.infer<typeof ReportPartsSchema>;

export function reportParts(report: Report): ReportParts {
	const blocks = publishedBlocks(report);
	return {
		id: report.id,
		place: placeName(report.region) || '未知地区',
		year: report.reportYear,
		title: report.title,
		url: reportUrl(report.id),
		parts: report.sections.map((s) => ({
			type: s.type,
			anchor: s.id,
			heading: s.heading ? `${s.number ?? ''}${s.heading}` : null,
			text: partText(blocks, s.id),
		})),
	};
}
