/**
 * The side-by-side table: one row per part type that any chosen report has (the four required
 * ones always, so a missing part shows), one cell per report holding its parts of that type.
 */
import { REQUIRED_SECTION_TYPES } from '../report/anchors.ts';
import type { SectionType } from '../report/schema.ts';
import { SECTION_TYPES } from '../utils/labels.ts';
import type { ComparePart, ReportParts } from './parts.ts';

export interface CompareRow {
	type: SectionType;
	/** Per report, in column order: its parts of this type (empty when it has none). */
	cells: ComparePart[][];
}

export function compareRows(reports: ReportParts[]): CompareRow[] {
	const required = new Set<SectionType>(REQUIRED_SECTION_TYPES);
	return SECTION_TYPES.filter((type) => required.has(type) || reports.some((r) => r.parts.some((p) => p.type === type))).map((type) => ({
		type,
		cells: reports.map((r) => r.parts.filter((p) => p.type === type)),
	}));
}

/** The page title's words for the chosen reports: `大足区万古镇 2023年 与 永安市贡川镇 2023年`. */
export function comparedNames(reports: Array<Pick<ReportParts, 'place' | 'year'>>): string {
	return reports.map((r) => `${r.place} ${r.year}年`).join(' 与 ');
}
