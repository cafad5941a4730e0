/**
 * The insight of the whole library, computed once per build from the loaded reports and
 * shared by every page that needs it (report pages, /laws/, /figures/, /followup/, /data/).
 */
import { byReport, computeInsight, followups, type FollowupPair, type FollowupStep, type Insight, type InsightSource, type Law, type ReportInsight } from '../../insight/index.ts';
import { reportParagraphs } from '../../insight/paragraphs.ts';
import { getLibrary, insightSources, reportArtefact, type ReportEntry } from '../../utils/library.ts';

export interface SiteInsight extends Insight {
	byReport: Map<string, ReportInsight>;
	lawById: Map<string, Law>;
	reportById: Map<string, ReportEntry>;
}

let cached: Promise<SiteInsight> | undefined;

export function getInsight(): Promise<SiteInsight> {
	cached ??= load();
	return cached;
}

async function load(): Promise<SiteInsight> {
	const { reports, byId } = await getLibrary();
	// Each report's insight source, not the whole report (src/insight `insightSource`).
	// Paragraphs that can cite a law (《…》) are kept as the pass goes: law pages quote them
	// without reading every citing report back from the cache.
	function* keepingCitable(): Generator<InsightSource> {
		for (const source of insightSources(reports)) {
			for (const p of source.citing.paragraphs) if (p.text.includes('《')) citable.set(`${source.citing.id}#${p.id}`, p.text);
			yield source;
		}
	}
	const insight = computeInsight(keepingCitable());
	return {
		...insight,
		byReport: byReport(insight),
		lawById: new Map(insight.laws.map((l) => [l.id, l])),
		reportById: byId,
	};
}

/** A township's follow-up pairs with the blocks they compare, read from the cache for its own reports only. */
export async function followupPairs(steps: FollowupStep[]): Promise<FollowupPair[]> {
	const { byId } = await getLibrary();
	const ids = [...new Set(steps.flatMap((s) => [s.fromReportId, s.toReportId]))];
	return followups([...insightSources(ids.map((id) => byId.get(id)!))].map((s) => s.follow));
}

let counted: Promise<{ named: number; doubtful: number; stating: number }> | undefined;

/** Library-wide figure counts the figure pages state: counted once, not on each of their pages. */
export function figureCounts(): Promise<{ named: number; doubtful: number; stating: number }> {
	counted ??= getInsight().then(({ figures, indicatorRows }) => ({
		named: figures.filter((f) => f.indicator).length,
		doubtful: figures.filter((f) => f.doubt).length,
		stating: indicatorRows.filter((r) => Object.keys(r.cells).length > 0).length,
	}));
	return counted;
}

export const lawUrl = (id: string) => `/laws/${id}/`;
export const followupUrl = (township: string, fromYear?: number, toYear?: number) =>
	`/followup/${township}/${fromYear ? `#y${fromYear}-${toYear}` : ''}`;
export const paragraphUrl = (reportId: string, paragraphId: string) => `/reports/${reportId}/#${paragraphId}`;

const citable = new Map<string, string>();
const texts = new Map<string, Map<string, string>>();

/** Text of one paragraph of a loaded report (a citing one from the insight pass, others read on first use). */
export function paragraphText(entry: ReportEntry, paragraphId: string): string {
	const known = citable.get(`${entry.id}#${paragraphId}`);
	if (known !== undefined) return known;
	let map = texts.get(entry.id);
	if (!map) {
		// A few pages' worth: a law cited by thousands of reports must not keep all their text.
		if (texts.size >= 256) texts.clear();
		const { report, blocks } = reportArtefact(entry);
		texts.set(entry.id, (map = new Map([...reportParagraphs(report, blocks)].map((p) => [p.paragraphId, p.text]))));
	}
	return map.get(paragraphId) ?? '';
}
