/**
 * From verified similar clusters to per-paragraph links and per-report shares. Each paragraph
 * keeps its best few matches (identical first, then by similarity, then corpus order), so a
 * sentence copied into a thousand reports yields three links per copy, not a million pairs.
 */
import type { CopyShare, SimilarMatch } from './schema.ts';
import { normaliseText } from './shingles.ts';

export interface Para {
	/** Index of the report in the input list. */
	report: number;
	id: string;
	text: string;
}

interface ReportRef {
	reportId: string;
	township: string | null;
	paragraphs: { text: string }[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function expand(
	inputs: ReportRef[],
	paras: Para[],
	members: number[][],
	edges: Map<number, [number, number][]>,
	maxMatches: number,
): SimilarMatch[] {
	const matches: SimilarMatch[] = [];
	// Each match's paragraph, by its index in `paras`: the order they are returned in.
	const from: number[] = [];
	members.forEach((own, c) => {
		const groups: [number, number][] = [[c, 1], ...(edges.get(c) ?? []).sort((x, y) => y[1] - x[1] || x[0] - y[0])];
		for (const pi of own) {
			const p = paras[pi]!;
			const source = inputs[p.report]!;
			// Same text hash; normalised once for the cluster's exact check below.
			const norm = own.length > 1 ? normaliseText(p.text) : '';
			let kept = 0;
			for (const [group, similarity] of groups) {
				for (const qi of members[group]!) {
					if (kept >= maxMatches) break;
					const q = paras[qi]!;
					if (q.report === p.report) continue;
					// Same cluster means same text hash; confirm so a hash collision is never called identical.
					const exact = group === c && norm === normaliseText(q.text);
					if (group === c && !exact) continue;
					const to = inputs[q.report]!;
					from.push(pi);
					matches.push({
						reportId: source.reportId,
						paragraphId: p.id,
						otherReportId: to.reportId,
						otherParagraphId: q.id,
						similarity: round3(similarity),
						exact,
						sameTownship: source.township !== null && source.township === to.township,
					});
					kept++;
				}
			}
		}
	});
	// In paragraph order (a stable sort keeps each paragraph's matches best first). Sorting by
	// index, not by a `report#paragraph` key looked up per comparison: that was 2 s at 10,000.
	return matches.map((_, i) => i).sort((a, b) => from[a]! - from[b]!).map((i) => matches[i]!);
}

/** Each report's share of text found elsewhere, by characters of flagged paragraphs. */
export function shares(inputs: ReportRef[], paras: Para[], matches: SimilarMatch[]): CopyShare[] {
	const flagged = new Set(matches.map((m) => `${m.reportId}#${m.paragraphId}`));
	const copied = new Map<number, { chars: number; count: number }>();
	for (const p of paras) {
		if (!flagged.has(`${inputs[p.report]!.reportId}#${p.id}`)) continue;
		const entry = copied.get(p.report) ?? { chars: 0, count: 0 };
		entry.chars += p.text.length;
		entry.count++;
		copied.set(p.report, entry);
	}
	return inputs.map((input, i) => {
		const chars = input.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
		const c = copied.get(i) ?? { chars: 0, count: 0 };
		return { reportId: input.reportId, chars, copiedChars: c.chars, share: chars ? round3(c.chars / chars) : 0, paragraphs: c.count };
	});
}

export interface CloseReport {
	/** The other report. */
	reportId: string;
	/** This report's paragraphs found in it. */
	paragraphs: number;
	/** Characters of those paragraphs. */
	chars: number;
	/** True when it is the same township's report for another year. */
	sameTownship: boolean;
}

/**
 * The reports one report shares most text with, by characters of its paragraphs found in each
 * (`charsOf` gives a paragraph's length), most first; ties by report id.
 */
export function closestReports(matches: SimilarMatch[], charsOf: (paragraphId: string) => number, limit = 3): CloseReport[] {
	const byReport = new Map<string, { paragraphs: Set<string>; sameTownship: boolean }>();
	for (const m of matches) {
		const entry = byReport.get(m.otherReportId) ?? { paragraphs: new Set<string>(), sameTownship: m.sameTownship };
		entry.paragraphs.add(m.paragraphId);
		byReport.set(m.otherReportId, entry);
	}
	return [...byReport]
		.map(([reportId, e]) => ({ reportId, paragraphs: e.paragraphs.size, chars: [...e.paragraphs].reduce((n, p) => n + charsOf(p), 0), sameTownship: e.sameTownship }))
		.sort((a, b) => b.chars - a.chars || a.reportId.localeCompare(b.reportId))
		.slice(0, limit);
}
