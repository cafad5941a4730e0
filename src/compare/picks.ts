/**
 * The reports chosen for a side-by-side comparison: read from the URL (the shareable state),
 * checked, and kept as a small list that the 加入对比 controls toggle. No DOM, no storage.
 */
import { REPORT_ID_PATTERN } from '../report/anchors.ts';

export const MIN_PICKS = 2;
export const MAX_PICKS = 4;

/** A chosen report and how to name it in a list (`大足区万古镇 2023年`). */
export interface Pick {
	id: string;
	label: string;
}

/** The `r` parameters of a query string, in order, each once. */
export function idsInQuery(search: string): string[] {
	return [...new Set(new URLSearchParams(search).getAll('r').map((r) => r.trim()).filter(Boolean))];
}

export type SelectionProblem =
	| { kind: 'malformed'; ids: string[] }
	| { kind: 'too-few'; count: number }
	| { kind: 'too-many'; count: number };

/** Why these ids cannot be compared as they are, or null when they can be loaded. */
export function selectionProblem(ids: string[]): SelectionProblem | null {
	const malformed = ids.filter((id) => !REPORT_ID_PATTERN.test(id));
	if (malformed.length) return { kind: 'malformed', ids: malformed };
	if (ids.length < MIN_PICKS) return { kind: 'too-few', count: ids.length };
	if (ids.length > MAX_PICKS) return { kind: 'too-many', count: ids.length };
	return null;
}

/** The sentence a reader sees for a problem (UI copy). */
export function problemMessage(problem: SelectionProblem): string {
	switch (problem.kind) {
		case 'malformed':
			return `无法识别的报告编号：${problem.ids.join('、')}。请从报告页面或搜索结果中点“加入对比”重新选择。`;
		case 'too-few':
			return problem.count === 0
				? `尚未选择报告。请在报告页面或搜索结果中点“加入对比”，选择 ${MIN_PICKS}—${MAX_PICKS} 份报告。`
				: `只选了 ${problem.count} 份报告，至少需要 ${MIN_PICKS} 份才能并排对比。请再选择一份。`;
		case 'too-many':
			return `选了 ${problem.count} 份报告，最多可同时对比 ${MAX_PICKS} 份。请减少到 ${MAX_PICKS} 份以内。`;
	}
}

/** Unknown ids: the ids are well formed but no report has them. */
export function unknownMessage(ids: string[]): string {
	return `未找到以下报告：${ids.join('、')}。链接可能有误，或报告已被移除。`;
}

/** Adds or removes a pick; adding beyond MAX_PICKS is refused and leaves the list as it was. */
export function togglePick(picks: Pick[], pick: Pick): { picks: Pick[]; refused: boolean } {
	if (picks.some((p) => p.id === pick.id)) return { picks: picks.filter((p) => p.id !== pick.id), refused: false };
	if (picks.length >= MAX_PICKS) return { picks, refused: true };
	return { picks: [...picks, pick], refused: false };
}

/** Stored picks as they were written, keeping only well-formed entries (storage may hold anything). */
export function parsePicks(raw: string | null): Pick[] {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(value)) return [];
	const picks = value.filter(
		(p): p is Pick => typeof p?.id === 'string' && typeof p?.label === 'string' && REPORT_ID_PATTERN.test(p.id),
	);
	return picks.filter((p, i) => picks.findIndex((q) => q.id === p.id) === i).slice(0, MAX_PICKS);
}
