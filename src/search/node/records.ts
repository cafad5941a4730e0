/**
 * Pagefind custom records for reports (Node side): one record per report, every unit's
 * tokens in reading order. Pagefind holds only words and the meta the result list shows;
 * place, year and which token positions lie in which kind of section go to the part's
 * report table (shared/table.ts), so no filter file, filter search or second index is needed.
 */
import { publishedBlocks, searchableBlocks, type PublishedBlock } from '../../report/published.ts';
import { countyKey, countyLabel, townshipKey, townshipLabel } from '../../report/places.ts';
import type { Report } from '../../report/schema.ts';
import { unitTokens } from '../shared/codec.ts';
import { foldChar, isIgnored } from '../shared/index.ts';
import { META_KEY, encodeInfo, type RecordInfo, type RecordUnit } from '../shared/meta.ts';
import type { TableFacts } from '../shared/table.ts';
import { placeValue } from '../shared/place-values.ts';
import { reportUrl } from '../../utils/urls.ts';

/** What a record reads of a report besides its blocks (a Report or its summary has it). */
export type RecordSource = Pick<Report, 'id' | 'title' | 'reportYear' | 'region'>;

/** Language tag of the records: one Pagefind neither segments (zh, ja, th) nor stems. */
export const INDEX_LANGUAGE = 'und';

export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
}

/** A report's record and what its part's report table says of it. */
export interface RecordEntry {
	record: SearchRecord;
	facts: TableFacts;
}

/**
 * The facet values of a report. Counties and townships are keyed by division code
 * (shared/place-values.ts), so namesakes stay apart; province names are unique as they are.
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

/** Tokens and original-text patches of one unit. */
function unitIndex(unit: PublishedBlock): { tokens: string[]; patches: Array<[number, string]> } {
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

function buildEntry(report: RecordSource, units: PublishedBlock[]): RecordEntry {
	const parts: RecordInfo['p'] = [];
	const partIndex = new Map<string, number>();
	const recordUnits: RecordUnit[] = [];
	const words: string[] = [];
	// Token positions by kind of section: [scope, end, scope, end…], a run per change of scope.
	const runs: Array<string | number> = [];
	for (const unit of units) {
		const { tokens, patches } = unitIndex(unit);
		if (tokens.length === 0) continue;
		if (runs.at(-2) === unit.scope) runs.pop();
		else runs.push(unit.scope);
		runs.push(words.length + tokens.length);
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
	const facets = reportFacets(report);
	return {
		record: { url: reportUrl(report.id), content: words.join(' '), language: INDEX_LANGUAGE, meta: { [META_KEY]: encodeInfo(info) } },
		facts: { place: [facets.province[0] ?? '', facets.county[0] ?? '', facets.township[0] ?? ''], year: report.reportYear, runs },
	};
}

/**
 * A report's units: its searchable published blocks, each one block on the page with its own
 * anchor. A match never spans two units, as Ctrl+F on the page never finds a string across two blocks.
 */
const unitsOf = (report: RecordSource, blocks?: PublishedBlock[]) => searchableBlocks(blocks ?? publishedBlocks(report as Report));

/** A report's record and table facts; `blocks` are its published blocks when known. */
export function reportEntry(report: RecordSource, blocks?: PublishedBlock[]): RecordEntry {
	return buildEntry(report, unitsOf(report, blocks));
}
