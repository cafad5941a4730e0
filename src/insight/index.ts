/**
 * The insight layer's public face: everything for a list of Reports in one pass over their
 * paragraphs (laws, figures, similar-paragraph input), then the cross-report steps, each
 * linear-ish in corpus size. Pure TypeScript, no Astro import: pages, exports, tests and the
 * benchmark call this same code.
 */
import type { Report } from '../report/schema.ts';
import { reportFigures, shareFigureStrings } from './figures.ts';
import { followSource, followupSteps, type FollowPlace, type FollowSource } from './followup.ts';
import { indicatorOf, indicatorRows, INDICATORS, withDoubts, type IndicatorRow } from './indicators.ts';
import { citingReport, LawCollector, type CitingReport } from './laws.ts';
import type { Citation, CopyShare, Figure, FollowupStep, Indicator, Law, SimilarMatch } from './schema.ts';
import { findSimilar, type SimilarInput, type SimilarOptions } from './similar.ts';

export * from './schema.ts';
export { KIND_RULES, LAW_KIND_LABELS } from './law-kinds.ts';
export { INDICATORS, INDICATOR_RULES, indicatorOf, withDoubts } from './indicators.ts';
export { closestReports, type CloseReport } from './copies.ts';
export { followups } from './followup.ts';
export { indicatorYears, median, type IndicatorYear, type TrendOptions } from './trends.ts';

export interface Insight {
	laws: Law[];
	figures: Figure[];
	indicators: Indicator[];
	indicatorRows: IndicatorRow[];
	similar: SimilarMatch[];
	shares: CopyShare[];
	/** Consecutive years of a township, without their text (a township's page pairs its own: `followups`). */
	followups: FollowupStep[];
}

/** What one report page needs, looked up once instead of filtering corpus-wide lists per page. */
export interface ReportInsight {
	citations: (Citation & { law: Law })[];
	figures: Figure[];
	similar: SimilarMatch[];
	share: CopyShare | null;
	/** Pairs where this report's plans are followed up (next year) … */
	followedBy: FollowupStep | null;
	/** … and where this report follows up the previous year's plans. */
	follows: FollowupStep | null;
}

/**
 * What the insight reads of one report, worked out from the report alone: its paragraphs
 * (for citations and similar paragraphs), its follow-up parts and its figures. The parse-once
 * pass keeps it beside the report's artefact (src/corpus/artefacts.ts), so a build reads this
 * much of each report, not all of it, and works out none of it again for an unchanged report.
 */
export interface InsightSource {
	/** Report id, place, year and paragraphs as published. */
	citing: CitingReport;
	/** The parts follow-up pairs across years. */
	follow: FollowSource;
	/** Its figures, each with its indicator and any doubt. */
	figures: Figure[];
}

export function insightSource(report: Report): InsightSource {
	return {
		citing: citingReport(report),
		follow: followSource(report),
		figures: withDoubts(reportFigures(report).map((f) => ({ ...f, indicator: indicatorOf(f) }))),
	};
}

/**
 * One pass over the reports (an iterable, so a caller can read them one at a time), or over
 * their insight sources, then the cross-report steps.
 */
export function computeInsight(reports: Iterable<Report | InsightSource>, similarOptions?: SimilarOptions): Insight {
	const laws = new LawCollector();
	const figures: Figure[] = [];
	const similarInput: SimilarInput[] = [];
	const follow: FollowPlace[] = [];
	const ids: string[] = [];
	for (const item of reports) {
		const source = 'citing' in item ? item : insightSource(item);
		const { citing } = source;
		ids.push(citing.id);
		// Its place and year only: the parts' text stays in the cache until a township's page reads it.
		const { id, township, townshipName, reportYear } = source.follow;
		follow.push({ id, township, townshipName, reportYear });
		laws.add(citing);
		figures.push(...shareFigureStrings(source.figures));
		similarInput.push({ reportId: citing.id, township: citing.township, paragraphs: citing.paragraphs });
	}
	const { matches, shares } = findSimilar(similarInput, similarOptions);
	return {
		laws: laws.laws(),
		figures,
		indicators: INDICATORS,
		indicatorRows: indicatorRows(ids, figures),
		similar: matches,
		shares,
		followups: followupSteps(follow),
	};
}

/** Per-report view of an Insight, keyed by report id. */
export function byReport(insight: Insight): Map<string, ReportInsight> {
	const map = new Map<string, ReportInsight>();
	const get = (id: string) => {
		let entry = map.get(id);
		if (!entry) map.set(id, (entry = { citations: [], figures: [], similar: [], share: null, followedBy: null, follows: null }));
		return entry;
	};
	for (const law of insight.laws) for (const c of law.citations) get(c.reportId).citations.push({ ...c, law });
	for (const f of insight.figures) get(f.reportId).figures.push(f);
	for (const m of insight.similar) get(m.reportId).similar.push(m);
	for (const s of insight.shares) get(s.reportId).share = s;
	for (const p of insight.followups) {
		get(p.fromReportId).followedBy = p;
		get(p.toReportId).follows = p;
	}
	return map;
}
