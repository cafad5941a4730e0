/** Where in a report a match is: the facet values and badges of search results. */
import { SCOPE_LABELS, type BlockScope } from '../../report/labels.ts';

/** Filter value of the record holding the whole report. */
export const REPORT_SCOPE = 'report';

export function scopeLabel(scope: string): string {
	return scope === REPORT_SCOPE ? '不限' : (SCOPE_LABELS[scope as BlockScope] ?? scope);
}

export const SCOPE_ORDER: string[] = [REPORT_SCOPE, ...Object.keys(SCOPE_LABELS)];
