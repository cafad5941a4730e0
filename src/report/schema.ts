/**
 * The one place the report types are declared. Everything else uses `z.infer`.
 * Plain `zod` (not `astro/zod`) so the parser library stays free of Astro; it is the
 * same zod 4 that Astro re-exports, so the content layer accepts these schemas.
 */
import { z } from 'zod';

/** The four parts the regulation asks for, plus anything else. */
export const SectionTypeSchema = z.enum(['measures', 'leaderDuties', 'problems', 'plans', 'other']);

import { REPORT_ID_PATTERN } from './anchors.ts';

export { REPORT_ID_PATTERN, REQUIRED_SECTION_TYPES, SECTION_ANCHORS } from './anchors.ts';

export const ParagraphSchema = z.object({
	/** Anchor, unique in the report and stable across rebuilds (`plans-s2-p1`). */
	id: z.string(),
	/** Cleaned, redacted text as published. */
	text: z.string(),
});

const blockFields = {
	/** Anchor, unique in the report (`measures-s1`, `measures-s1-s2`). */
	id: z.string(),
	/** The numbering as written, normalised to full width (`（一）`, `1.`), or null. */
	number: z.string().nullable(),
	/** Heading text without its number and trailing full stop; null when the numbered line is a long run-in paragraph. */
	heading: z.string().nullable(),
	/** Paragraphs directly under this heading, before any child heading. */
	paragraphs: z.array(ParagraphSchema),
};

/** Third-level block (`1.` under `（一）`). */
export const SubsubsectionSchema = z.object(blockFields);

/** Second-level block (`（一）`), possibly holding third-level blocks. */
export const SubsectionSchema = z.object({
	...blockFields,
	/** Third-level blocks. */
	children: z.array(SubsubsectionSchema),
});

/** A typed top-level part of the report. */
export const SectionSchema = z.object({
	...blockFields,
	/** What this part is about. */
	type: SectionTypeSchema,
	/** When one written heading held two parts (存在的问题及下一步打算), that heading; the part's own label is `heading`. */
	groupHeading: z.string().nullable(),
	/** Second-level blocks. */
	children: z.array(SubsectionSchema),
});

export const RegionSchema = z.object({
	/** Province-level division; for municipalities (重庆市) the municipality. */
	province: z.string().nullable(),
	/** Prefecture-level city; null under a municipality. */
	city: z.string().nullable(),
	/** County-level division (区/县/县级市). */
	county: z.string().nullable(),
	/** Township-level division (镇/乡/街道). */
	township: z.string().nullable(),
	/** Statistical division code of the most specific level found (9 digits for a township). */
	code: z.string().nullable(),
});

export const WarningSchema = z.object({
	/** Machine-readable kind, e.g. `plans-year-mismatch`, `missing-part`, `redacted`. */
	code: z.string(),
	/** What was seen, in Chinese, fit to show on the report page. */
	message: z.string(),
	/** 1-based line in the source file, where one applies. */
	line: z.number().int().positive().optional(),
});

export const SourceSchema = z.object({
	/** File name as found in the seeds folder. */
	file: z.string(),
	/** SHA-256 of the raw bytes, hex. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** Encoding detected (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`). */
	encoding: z.string(),
	/** Size of the raw file in bytes. */
	bytes: z.number().int().nonnegative(),
});

export const ReportSchema = z.object({
	/** Readable ASCII id: pinyin of province, county, township and year (`chongqing-dazu-wangu-2023`). */
	id: z.string().regex(REPORT_ID_PATTERN),
	/** Where the report came from. */
	source: SourceSchema,
	/** Title as written (the line ending in 报告). */
	title: z.string(),
	/** Issuing bodies (发文机关), one or two for joint reports. */
	issuers: z.array(z.string()),
	/** Document number of this report (万古委文〔2024〕2号), never one the text merely cites. */
	docNumber: z.string().nullable(),
	/** 签发人, internal spaces removed. */
	signer: z.string().nullable(),
	/** Addressees (主送机关), e.g. 区委、区政府. */
	recipients: z.string().nullable(),
	/** Where the issuing township sits, completed from the division dataset. */
	region: RegionSchema,
	/** The year reported on (not the year of issue). */
	reportYear: z.number().int().min(1990).max(2100),
	/** Date of the signature line, ISO `YYYY-MM-DD`. */
	issuedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
	/** Paragraphs between the title block and the first part. */
	preamble: z.array(ParagraphSchema),
	/** The typed parts, in order. */
	sections: z.array(SectionSchema),
	/** Sign-off after the last part (特此报告, signature, date, contact), redacted. */
	closing: z.array(ParagraphSchema),
	/** Things a reader should know about this report or its parse. */
	warnings: z.array(WarningSchema),
	/** The whole cleaned and redacted text, one paragraph per line. */
	text: z.string(),
});

export type SectionType = z.infer<typeof SectionTypeSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Subsubsection = z.infer<typeof SubsubsectionSchema>;
export type Subsection = z.infer<typeof SubsectionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type ReportWarning = z.infer<typeof WarningSchema>;
export type Report = z.infer<typeof ReportSchema>;
