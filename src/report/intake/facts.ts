/**
 * Facts from outside the text: what sources.csv states (it wins over the text, with a warning
 * when they differ) and what a portal page says (used only where the text says nothing).
 */
import type { RegionResult } from '../region.ts';
import type { ReportWarning, SidecarFact } from '../schema.ts';
import { findReportYear, type YearFinding } from '../year.ts';
import type { PortalEvidence } from './intake.ts';
import type { SidecarEntry } from './sources.ts';

/** The facts of the report that came from sources.csv, for the report page to say so. */
export function sidecarFacts(sidecar: SidecarEntry | undefined): SidecarFact[] {
	if (!sidecar) return [];
	return [...sidecar.regionFields, ...(sidecar.year !== null ? (['reportYear'] as const) : []), ...(sidecar.title !== null ? (['title'] as const) : [])];
}

/** The reporting year: sources.csv, else the text's own, else the portal's 发布日期. */
export function yearWithSidecar(found: YearFinding, sidecar: SidecarEntry | undefined, evidence: PortalEvidence | undefined, warnings: ReportWarning[]): number | null {
	if (sidecar?.year) {
		if (found.year !== null && found.from !== 'issuedDate' && found.year !== sidecar.year) {
			warnings.push({ code: 'sidecar-differs', message: `sources.csv 给出的报告年度（${sidecar.year}年）与正文（${found.year}年）不同，按 sources.csv 显示。` });
		}
		return sidecar.year;
	}
	if (found.year !== null) {
		if (found.from === 'issuedDate') warnings.push({ code: 'year-inferred', message: `报告未写明年度，按落款日期推定为${found.year}年。` });
		return found.year;
	}
	if (evidence?.publishedDate) {
		const { year } = findReportYear(null, [], evidence.publishedDate);
		warnings.push({ code: 'year-inferred', message: `报告未写明年度，也无落款日期，按网页发布日期（${evidence.publishedDate}）推定为${year}年。` });
		return year;
	}
	return null;
}

/**
 * The region: sources.csv's when it names a township; inside its county when it names only
 * a county (or city, or province); else the text's, with the portal's 发布机构 as evidence
 * when the text names no township. `resolve(extra)` reads the text with `extra` added to the
 * title block.
 */
export function regionWithSidecar(resolve: (extra: string) => RegionResult, sidecar: SidecarEntry | undefined, evidence: PortalEvidence | undefined): RegionResult {
	const given = sidecar?.region;
	if (given?.township) {
		const text = resolve('');
		const warnings: ReportWarning[] = [];
		if (text.region.township && text.region.code && text.region.code !== given.code) {
			warnings.push({ code: 'sidecar-differs', message: `sources.csv 给出的乡镇（${given.township}）与正文推断的（${text.region.township}）不同，按 sources.csv 显示。` });
		}
		return { region: { ...given }, warnings };
	}
	if (given) {
		const within = resolve([given.province, given.city, given.county].filter(Boolean).join(''));
		if (within.region.code?.startsWith(given.code!)) return within;
		return { region: { ...given }, warnings: [] };
	}
	const text = resolve('');
	if (!text.region.township && evidence?.publisher) {
		const published = resolve(evidence.publisher);
		if (published.region.township) {
			const message = `报告正文未写明所属乡镇（街道），按网页的发布机构“${evidence.publisher}”确定。`;
			return { region: published.region, warnings: [...published.warnings, { code: 'region-from-publisher', message }] };
		}
	}
	return text;
}
