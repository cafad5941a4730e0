/** Where in a report a match is: the facet values and badges of search results. */
import type { SectionType } from '../report/schema.ts';
import { SECTION_LABELS } from '../utils/labels.ts';

/** A section type, or the title block with preamble (`front`) or the sign-off (`closing`). */
export type UnitScope = SectionType | 'front' | 'closing';

/** Filter value of the record holding the whole report. */
export const REPORT_SCOPE = 'report';

/** Labels in reading order (section types as the report page names them). */
export const SCOPE_LABELS: Record<UnitScope, string> = {
	front: '标题与导语',
	measures: SECTION_LABELS.measures,
	leaderDuties: SECTION_LABELS.leaderDuties,
	problems: SECTION_LABELS.problems,
	plans: SECTION_LABELS.plans,
	other: SECTION_LABELS.other,
	closing: '结尾',
};

export function scopeLabel(scope: string): string {
	return scope === REPORT_SCOPE ? '不限' : (SCOPE_LABELS[scope as UnitScope] ?? scope);
}

export const SCOPE_ORDER: string[] = [REPORT_SCOPE, ...Object.keys(SCOPE_LABELS)];
