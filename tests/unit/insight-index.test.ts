/** computeInsight end to end: the seeds plus an edited next-year copy of one of them. */
import { describe, expect, it } from 'vitest';
import { byReport, computeInsight, insightSource } from '../../src/insight/index.ts';
import { reportParagraphs } from '../../src/insight/paragraphs.ts';
import { generateCorpus } from '../../scripts/synth/corpus.ts';
import { buildPool } from '../../scripts/synth/pool.ts';
import { parseFiles } from '../../src/report/index.ts';
import { CopyShareSchema, FigureSchema, FollowupStepSchema, LawSchema, SimilarMatchSchema } from '../../src/insight/schema.ts';
import type { Report } from '../../src/report/schema.ts';
import { parseSeed, seedFiles } from './helpers.ts';

const seeds = seedFiles().map(parseSeed);
const wangu = seeds.find((r) => r.source.file.startsWith('000'))!;

/** 万古镇 2024: the 2023 report with its first measures paragraph and its closing kept, the rest rewritten. */
function nextYear(report: Report): Report {
	const sections = report.sections.map((s) => ({
		...s,
		children: s.children.map((c) => ({
			...c,
			children: c.children.map((g) => ({
				...g,
				paragraphs: g.paragraphs.map((p) => (p.id === 'measures-s1-s1-p1' ? p : { ...p, text: `${p.id}另行撰写。` })),
			})),
			paragraphs: c.paragraphs.map((p) => ({ ...p, text: `${p.id}另行撰写。` })),
		})),
		paragraphs: s.paragraphs.map((p) => ({ ...p, text: `${p.id}另行撰写。` })),
	}));
	const preamble = report.preamble.map((p) => ({ ...p, text: `${p.id}另行撰写。` }));
	return { ...report, id: report.id.replace(/2023$/, '2024'), reportYear: 2024, preamble, sections };
}

describe('computeInsight', () => {
	const later = nextYear(wangu);
	const insight = computeInsight([...seeds, later]);
	const view = byReport(insight);

	it('produces valid laws, figures, matches, shares and follow-ups', () => {
		insight.laws.forEach((l) => LawSchema.parse(l));
		insight.figures.forEach((f) => FigureSchema.parse(f));
		insight.similar.forEach((m) => SimilarMatchSchema.parse(m));
		insight.shares.forEach((s) => CopyShareSchema.parse(s));
		// Steps only: the library holds no report text for follow-up (a township's page reads its own).
		insight.followups.forEach((p) => FollowupStepSchema.strict().parse(p));
		expect(insight.shares).toHaveLength(seeds.length + 1);
	});

	it('flags the kept paragraph as the same township’s text of another year', () => {
		expect(view.get(later.id)!.similar).toEqual([
			expect.objectContaining({ paragraphId: 'measures-s1-s1-p1', otherReportId: wangu.id, otherParagraphId: 'measures-s1-s1-p1', exact: true, sameTownship: true }),
		]);
		expect(view.get(wangu.id)!.share!.paragraphs).toBe(1);
	});

	it('pairs 万古镇 2023 plans with 2024 work, visible from both report views', () => {
		expect(view.get(wangu.id)!.followedBy?.toReportId).toBe(later.id);
		expect(view.get(later.id)!.follows?.fromReportId).toBe(wangu.id);
		expect(view.get(wangu.id)!.follows).toBeNull();
	});

	it('gives each report its citations with their law, and its figures with indicators mapped', () => {
		const own = view.get(wangu.id)!;
		expect(own.citations.find((c) => c.written === '民法典')?.law.name).toBe('中华人民共和国民法典');
		expect(own.figures.find((f) => f.raw.replace(/\s/g, '') === '609家次')?.indicator).toBe('inspections');
		const row = insight.indicatorRows.find((r) => r.reportId === wangu.id)!;
		expect(row.cells['inspections']?.map((f) => f.value)).toEqual([609]);
		expect(insight.indicatorRows.find((r) => r.reportId.includes('youting'))!.cells).toEqual({});
	});
});

describe('computeInsight over cached insight sources', () => {
	// Enough synthetic reports that paragraphs repeat across townships and years.
	const { reports } = parseFiles([...generateCorpus(80, buildPool('seeds'), 5)]);
	const direct = computeInsight(reports);

	it('gives what it gives over the reports themselves, with each source read back from JSON (as the parse cache stores it)', () => {
		const sources = reports.map((r) => JSON.parse(JSON.stringify(insightSource(r))));
		expect(direct.similar.length).toBeGreaterThan(0);
		expect(direct.followups.length).toBeGreaterThan(0);
		expect(computeInsight(sources)).toEqual(direct);
	});

	it('lists similar paragraphs in reading order, report by report, each paragraph’s best match first', () => {
		const order = new Map(reports.flatMap((r) => [...reportParagraphs(r)].map((p) => `${r.id}#${p.paragraphId}`)).map((k, i) => [k, i]));
		const at = direct.similar.map((m) => order.get(`${m.reportId}#${m.paragraphId}`)!);
		expect(at.every((x, i) => i === 0 || at[i - 1]! <= x)).toBe(true);
		direct.similar.forEach((m, i) => {
			const prev = direct.similar[i - 1];
			if (prev && prev.reportId === m.reportId && prev.paragraphId === m.paragraphId && !prev.exact && !m.exact) expect(prev.similarity).toBeGreaterThanOrEqual(m.similarity);
		});
	});
});
