/**
 * Pagefind custom records for reports (Node side). Per report: one record with every unit
 * (the result list), and one per unit scope it has (`scope: measures`…) so Pagefind's own
 * filter counts give "reports with a match in this kind of section". The two kinds go to
 * separate indexes (`parts/` and `scopes/`): Pagefind's per-record costs (meta, filters)
 * are paid on a first query only for the one record per report.
 */
import { publishedBlocks, searchableBlocks, type PublishedBlock } from '../report/published.ts';
import { countyKey, countyLabel, townshipKey, townshipLabel } from '../report/places.ts';
import type { Report } from '../report/schema.ts';
import { unitTokens } from './codec.ts';
import { foldChar, isIgnored } from './shared/index.ts';
import { META_KEY, encodeInfo, type RecordInfo, type RecordUnit } from './meta.ts';
import { REPORT_SCOPE, type UnitScope } from './scopes.ts';
import { placeValue } from './shared/place-values.ts';
import type { Unit } from './units.ts';

/** What a record reads of a report besides its blocks (a Report or its summary has it). */
export type RecordSource = Pick<Report, 'id' | 'title' | 'reportYear' | 'region'>;

/** Language tag of the records: one Pagefind neither segments (zh, ja, th) nor stems. */
export const INDEX_LANGUAGE = 'und';

export { REPORT_SCOPE };

export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/**
 * The facet values of a report. Counties and townships are keyed by division code
 * (place-values.ts), so namesakes stay apart; province names are unique as they are.
 */
export function reportFacets(report: Pick<Report, 'id' | 'region' | 'reportYear'>): Record<'province' | 'county' | 'township' | 'year', string[]> {
	const { region } = report;
	const county = countyLabel(region);
	const township = townshipLabel(region);
	return {
		province: region.province ? [region.province] : [],
		county: county ? [placeValue(county, countyKey(region))] : [],
		township: township ? [placeValue(township, townshipKey(report))] : [],
		year: [String(report.reportYear)],
	};
}

export function reportUrl(id: string): string {
	return `/reports/${id}/`;
}

/** Tokens and original-text patches of one unit. */
function unitIndex(unit: Unit): { tokens: string[]; patches: Array<[number, string]> } {
	const chars: string[] = [];
	const patches: Array<[number, string]> = [];
	let pending = '';
	for (const ch of unit.text) {
		if (isIgnored(ch)) {
			pending += ch;
			continue;
		}
		const folded = foldChar(ch);
		if (pending || folded !== ch) patches.push([chars.length, pending + ch]);
		pending = '';
		chars.push(folded);
	}
	return { tokens: unitTokens(chars), patches };
}

/** Record URL: Pagefind keeps one record per URL, so scope records get a distinct fragment. */
export function recordUrl(id: string, scope: string): string {
	return scope === REPORT_SCOPE ? reportUrl(id) : `${reportUrl(id)}#scope-${scope}`;
}

function buildRecord(report: RecordSource, units: Unit[], scope: string | null): SearchRecord {
	const parts: RecordInfo['p'] = [];
	const partIndex = new Map<string, number>();
	const recordUnits: RecordUnit[] = [];
	const words: string[] = [];
	for (const unit of units) {
		const { tokens, patches } = unitIndex(unit);
		if (tokens.length === 0) continue;
		let p = partIndex.get(unit.part);
		if (p === undefined) {
			p = parts.push([unit.part, unit.scope, unit.partLabel]) - 1;
			partIndex.set(unit.part, p);
		}
		recordUnits.push(patches.length ? { a: unit.anchor, p, x: patches } : { a: unit.anchor, p });
		words.push(...tokens);
	}
	const { province, city, county, township } = report.region;
	const info: RecordInfo = {
		id: report.id,
		t: report.title,
		y: report.reportYear,
		g: [province, city, county, township].filter(Boolean).join(' · '),
		p: parts,
		u: recordUnits,
	};
	return {
		url: recordUrl(report.id, scope ?? REPORT_SCOPE),
		content: words.join(' '),
		language: INDEX_LANGUAGE,
		meta: { [META_KEY]: encodeInfo(info) },
		filters: scope ? { ...reportFacets(report), scope: [scope] } : reportFacets(report),
		sort: { year: String(report.reportYear) },
	};
}

const unitsOf = (report: RecordSource, blocks?: PublishedBlock[]) => searchableBlocks(blocks ?? publishedBlocks(report as Report));

/** The record of the whole report (the `parts/` index); `blocks` are its published blocks when known. */
export function reportRecord(report: RecordSource, blocks?: PublishedBlock[]): SearchRecord {
	return buildRecord(report, unitsOf(report, blocks), null);
}

/** One record per scope the report has, each with that scope's units (the `scopes/` index). */
export function scopeRecords(report: RecordSource, blocks?: PublishedBlock[]): SearchRecord[] {
	const units = unitsOf(report, blocks);
	const scopes = [...new Set(units.map((u) => u.scope))] as UnitScope[];
	return scopes.map((scope) => buildRecord(report, units.filter((u) => u.scope === scope), scope));
}
