/**
 * Types of the insight layer (cited laws, figures, copied text, year-over-year), declared
 * once as zod schemas so the `/data/…` exports can be validated and documented from them.
 * Plain `zod`, no Astro import, like src/report/schema.ts.
 */
import { z } from 'zod';

/** Where a piece of text sits: the report page anchor `/reports/<reportId>/#<paragraphId>`. */
export const PlaceSchema = z.object({
	/** Report id (`chongqing-dazu-wanguzhen-2023`). */
	reportId: z.string(),
	/** Paragraph anchor on the report page (`measures-s1-s2-p1`). */
	paragraphId: z.string(),
});

/** What kind of document a cited title is; decides how names are merged and how they are labelled. */
export const LawKindSchema = z.enum([
	'law',
	'administrative-regulation',
	'party-regulation',
	'central-policy',
	'local-regulation',
	'local-document',
	'internal-document',
	'other',
]);

export const CitationSchema = PlaceSchema.extend({
	/** The title exactly as written between 《》. */
	written: z.string(),
	/** Id of the Law entry this citation belongs to. */
	lawId: z.string(),
});

export const LawSchema = z.object({
	/** ASCII slug, stable as long as the law's key is (`minfadian`). */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	/** Merge key: normalised title without 中华人民共和国, scoped by township for internal documents. */
	key: z.string(),
	/** Display name, the full official form when one is known (`中华人民共和国民法典`). */
	name: z.string(),
	/** Document kind. */
	kind: LawKindSchema,
	/** Other spellings seen in the corpus (`民法典`). */
	aliases: z.array(z.string()),
	/** Township owning an internal document with no place name in its title, else null. */
	scope: z.string().nullable(),
	/** Every citing paragraph, one entry per paragraph. */
	citations: z.array(CitationSchema),
	/** Number of distinct citing reports. */
	reports: z.number().int().nonnegative(),
	/** Number of distinct citing townships. */
	townships: z.number().int().nonnegative(),
	/** Report years of the citing reports, ascending, distinct. */
	years: z.array(z.number().int()),
});

/** How a figure's value is qualified in the text. */
export const ApproxSchema = z.enum(['余', '多', '约', '近', '超', '以上', '以下']);

export const FigureSchema = PlaceSchema.extend({
	/** The figure as written, unit and qualifiers included (`3万余份`). */
	raw: z.string(),
	/** Numeric value, multipliers (万/千/亿) applied; the lower bound of a range. */
	value: z.number(),
	/** Upper bound of a range (`10至20次`), else null. */
	valueMax: z.number().nullable(),
	/** Unit as written, `%` for percentages (`家次`, `元`, `%`). */
	unit: z.string(),
	/** Approximation markers as written (`余`, `约`, `以上`), empty when exact. */
	approx: z.array(ApproxSchema),
	/** What the figure counts, from the words around it (`实际检查`, `调解成功率`). */
	counts: z.string(),
	/** The clause the figure sits in, for context. */
	clause: z.string(),
	/** The sentence the figure sits in (between 。！？； marks), as written. */
	sentence: z.string(),
	/** Named indicator from the rule table, or null. */
	indicator: z.string().nullable(),
	/** Why the figure cannot be as read (存疑: a rate over 100%, a part larger than its whole, far outside its indicator's range), else null. */
	doubt: z.string().nullable(),
});

export const IndicatorSchema = z.object({
	/** ASCII id, also the CSV column key (`admin-penalties`). */
	id: z.string(),
	/** Chinese label (`行政处罚件数`). */
	label: z.string(),
	/** Units a figure must have to count for this indicator. */
	units: z.array(z.string()),
	/** Largest plausible value for one township in one year (100 for a rate); a larger figure is 存疑. */
	max: z.number(),
	/** Why and what the rule matches, shown on the indicator page. */
	note: z.string(),
});

export const SimilarMatchSchema = PlaceSchema.extend({
	/** Report holding the other copy. */
	otherReportId: z.string(),
	/** Paragraph anchor of the other copy. */
	otherParagraphId: z.string(),
	/** Jaccard similarity of the two paragraphs' character shingles, 0–1, 3 decimals. */
	similarity: z.number().min(0).max(1),
	/** True when the two paragraphs are identical after removing spaces and punctuation. */
	exact: z.boolean(),
	/** True when the other report is the same township's report for another year. */
	sameTownship: z.boolean(),
});

export const CopyShareSchema = z.object({
	/** Report id. */
	reportId: z.string(),
	/** Characters in all the report's paragraphs. */
	chars: z.number().int().nonnegative(),
	/** Characters in paragraphs that repeat another report's paragraph. */
	copiedChars: z.number().int().nonnegative(),
	/** copiedChars / chars, 0–1, 3 decimals (0 for an empty report). */
	share: z.number().min(0).max(1),
	/** Number of paragraphs flagged. */
	paragraphs: z.number().int().nonnegative(),
});

/** A block of a report shown in the year-over-year view: a heading and its paragraphs. */
export const FollowBlockSchema = z.object({
	/** Anchor of the block (section or subsection id). */
	id: z.string(),
	/** Numbering and heading as written, or null. */
	heading: z.string().nullable(),
	/** Paragraphs of the block and its children, in order. */
	paragraphs: z.array(z.object({ id: z.string(), text: z.string() })),
});

/**
 * Two reports of one township in consecutive report years, without their text: what the library
 * keeps of every pair (the township's page reads the text of its own pairs: FollowupPair).
 */
export const FollowupStepSchema = z.object({
	/** Township key (`townshipKey` of src/report): the division code (`500111111`), also the URL segment of /followup/<key>/. */
	township: z.string(),
	/** Township name as the region gives it (`万古镇`). */
	townshipName: z.string(),
	/** Earlier report, whose `plans` are compared. */
	fromReportId: z.string(),
	/** Year of the earlier report. */
	fromYear: z.number().int(),
	/** Later report, whose `measures` and `problems` are compared. */
	toReportId: z.string(),
	/** Year of the later report. */
	toYear: z.number().int(),
});

/** A step with the blocks it compares, as the township's follow-up page shows it. */
export const FollowupPairSchema = FollowupStepSchema.extend({
	/** The earlier report's plans blocks. */
	plans: z.array(FollowBlockSchema),
	/** The later report's measures blocks. */
	measures: z.array(FollowBlockSchema),
	/** The later report's problems blocks. */
	problems: z.array(FollowBlockSchema),
	/** For each plan block, the measures block sharing most wording with it, or null. */
	links: z.array(z.object({ plan: z.string(), measure: z.string().nullable(), score: z.number() })),
});

export type Place = z.infer<typeof PlaceSchema>;
export type LawKind = z.infer<typeof LawKindSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Law = z.infer<typeof LawSchema>;
export type Approx = z.infer<typeof ApproxSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type SimilarMatch = z.infer<typeof SimilarMatchSchema>;
export type CopyShare = z.infer<typeof CopyShareSchema>;
export type FollowBlock = z.infer<typeof FollowBlockSchema>;
export type FollowupStep = z.infer<typeof FollowupStepSchema>;
export type FollowupPair = z.infer<typeof FollowupPairSchema>;
